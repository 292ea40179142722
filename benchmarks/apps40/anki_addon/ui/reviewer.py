"""Explain-on-answer in the reviewer."""
from __future__ import annotations

import html
import json
from functools import partial

from anki.cards import Card
from aqt import gui_hooks, mw
from aqt.operations import QueryOp
from aqt.utils import tooltip

from ..core import get_anthropic_client, get_gemini_client, prompts
from ..core.config import get
from ..gen import explainer
from ..gen.tracked import run_sync, tracked_explain

_PANEL_JS = """
(function() {
  var el = document.getElementById('ai-explain');
  if (!el) { el = document.createElement('div'); el.id = 'ai-explain';
    el.style.cssText = 'margin-top:1em;padding:.6em;border-top:1px solid #888;font-size:.9em';
    document.getElementById('qa').appendChild(el); }
  el.innerHTML = %s;
})();
"""


def _show(text: str) -> None:
    if mw.reviewer and mw.reviewer.web:
        mw.reviewer.web.eval(_PANEL_JS % json.dumps(html.escape(text).replace("\n", "<br>")))


def _append(text: str) -> None:
    mw.taskman.run_on_main(lambda: _show(text))


def on_show_answer(card: Card) -> None:
    if not get("explain_on_answer", False):
        return
    note = card.note()
    front = note[get("front_field", "Front")] if get("front_field", "Front") in note else card.question()
    back = note[get("back_field", "Back")] if get("back_field", "Back") in note else card.answer()
    if get("use_usage_gateway", False):
        op = lambda col: run_sync(tracked_explain(front, back))  # noqa: E731
    else:
        op = lambda col: explainer.explain_card(front, back)  # noqa: E731
    QueryOp(parent=mw, op=op, success=_show).without_collection().run_in_background()


def explain_current_streaming() -> None:
    card = mw.reviewer.card
    if card is None:
        return
    buf = []

    def on_delta(text: str) -> None:
        buf.append(text)
        _append("".join(buf))

    mw.taskman.run_in_background(
        partial(explainer.stream_explanation, card.question(), card.answer(), on_delta),
        lambda fut: fut.result(),
    )


def quick_hint() -> None:
    """Ctrl+H during review: a hint without revealing the answer (Gemini, cheap)."""
    card = mw.reviewer.card
    if card is None:
        return
    question = card.question()
    client = get_gemini_client()
    QueryOp(
        parent=mw,
        op=lambda col: client.models.generate_content(
            model=get("gemini_model", "gemini-2.0-flash"),
            contents=f"Give a subtle hint, not the answer, for this flashcard:\n{question}",
        ).text,
        success=lambda text: tooltip(text, period=6000),
    ).without_collection().run_in_background()


def why_wrong(card: Card, my_answer: str) -> None:
    """Called from the type-answer comparison when the typed answer is wrong."""
    client = get_anthropic_client()

    def op(col):
        return client.messages.create(
            model=get("anthropic_model", "claude-3-5-haiku-20241022"),
            max_tokens=200,
            system=prompts.SYSTEM_EXPLAINER,
            messages=[{
                "role": "user",
                "content": f"Q: {card.question()}\nCorrect: {card.answer()}\nI typed: {my_answer}\n"
                "What did I get wrong?",
            }],
        ).content[0].text

    QueryOp(parent=mw, op=op, success=_show).without_collection().run_in_background()


def init() -> None:
    gui_hooks.reviewer_did_show_answer.append(on_show_answer)
