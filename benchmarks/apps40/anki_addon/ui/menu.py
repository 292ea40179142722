"""Tools menu entries."""
from __future__ import annotations

from aqt import mw
from aqt.qt import QAction, QKeySequence, qconnect
from aqt.utils import showInfo, showText

from ..core import costs
from ..core.llm_usage_tracker import llm_tracker
from ..gen.tracked import deck_study_plan, run_sync
from .dialog import open_generate_dialog
from .reviewer import explain_current_streaming, quick_hint
from .settings_dialog import open_settings


def show_usage() -> None:
    lines = ["<table><tr><th>Provider</th><th>Model</th><th>In</th><th>Out</th><th>Calls</th><th>Cost</th></tr>"]
    for provider, model, tin, tout, n in llm_tracker.totals():
        cost = costs.calculate_cost(model, tin or 0, tout or 0)
        lines.append(
            f"<tr><td>{provider}</td><td>{model}</td><td>{tin}</td><td>{tout}</td><td>{n}</td>"
            f"<td>{costs.format_cost(cost)}</td></tr>"
        )
    lines.append("</table>")
    showText("".join(lines), type="html", title="AI usage")


def study_plan() -> None:
    deck = mw.col.decks.current()
    stats = {"due": len(mw.col.find_cards(f'deck:"{deck["name"]}" is:due'))}
    from aqt.operations import QueryOp

    QueryOp(
        parent=mw,
        op=lambda col: run_sync(deck_study_plan(deck["name"], stats)),
        success=lambda text: showInfo(text, title="Study plan"),
    ).without_collection().run_in_background()


def _add(menu, label, callback, shortcut=None) -> QAction:
    action = QAction(label, mw)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    qconnect(action.triggered, callback)
    menu.addAction(action)
    return action


def init() -> None:
    menu = mw.form.menuTools.addMenu("AI Flashcards")
    _add(menu, "Generate cards from text...", open_generate_dialog)
    _add(menu, "Explain current card (stream)", explain_current_streaming)
    _add(menu, "Hint for current card", quick_hint, "Ctrl+H")
    _add(menu, "Study plan for current deck", study_plan)
    menu.addSeparator()
    _add(menu, "Usage and costs", show_usage)
    _add(menu, "Settings...", open_settings)
    mw.addonManager.setConfigAction(__name__.split(".")[0], open_settings)
