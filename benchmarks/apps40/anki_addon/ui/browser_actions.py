"""Actions on notes selected in the browser."""
from __future__ import annotations

from functools import partial
from typing import List, Sequence

from anki.notes import NoteId
from aqt import gui_hooks, mw
from aqt.browser import Browser
from aqt.operations import CollectionOp, QueryOp
from aqt.qt import QAction, QMenu, qconnect
from aqt.utils import showInfo, tooltip

from ..core import get_deepseek_client
from ..core.config import get
from ..gen import cloze, explainer
from ..gen.similarity import rerank_related, summarize_deck


def _notes(browser: Browser) -> List:
    return [mw.col.get_note(nid) for nid in browser.selected_notes()]


def bulk_explain(browser: Browser) -> None:
    nids: Sequence[NoteId] = browser.selected_notes()
    field = get("explain_field", "Explanation")

    def op(col):
        changed = []
        for nid in nids:
            note = col.get_note(nid)
            if field not in note or note[field]:
                continue
            note[field] = explainer.explain_card(note.fields[0], note.fields[1])
            changed.append(note)
        return col.update_notes(changed)

    CollectionOp(parent=browser, op=op).success(
        lambda _: tooltip(f"Explained {len(nids)} notes")
    ).run_in_background()


def bulk_cloze(browser: Browser) -> None:
    notes = _notes(browser)
    texts = [n.fields[0] for n in notes]

    def done(fut) -> None:
        for note, items in zip(notes, fut.result()):
            if items:
                note.fields[0] = cloze.renumber(items)
                mw.col.update_note(note)
        browser.model.reset()

    mw.taskman.run_in_background(partial(cloze.make_clozes_bulk, texts), done)


def tag_by_topic(browser: Browser) -> None:
    notes = _notes(browser)
    client = get_deepseek_client()
    ask = partial(client.chat.completions.create, model=get("deepseek_model", "deepseek-chat"), temperature=0)

    def op(col) -> int:
        for note in notes:
            resp = ask(
                messages=[{"role": "user", "content": "Give 1-3 lowercase topic tags, space separated, for:\n"
                           + note.fields[0]}]
            )
            note.tags.extend(resp.choices[0].message.content.split()[:3])
        col.update_notes(notes)
        return len(notes)

    QueryOp(parent=browser, op=op, success=lambda n: tooltip(f"Tagged {n} notes")).run_in_background()


def related_cards(browser: Browser) -> None:
    notes = _notes(browser)
    if not notes:
        return
    query = notes[0].fields[0]
    nids = mw.col.find_notes(f'"deck:{mw.col.decks.current()["name"]}"')[:300]
    candidates = [mw.col.get_note(n).fields[0] for n in nids]
    QueryOp(
        parent=browser,
        op=lambda col: rerank_related(query, candidates),
        success=lambda items: showInfo("<br>".join(items), parent=browser),
    ).run_in_background()


def deck_summary(browser: Browser) -> None:
    texts = [n.fields[0] for n in _notes(browser)]
    QueryOp(
        parent=browser,
        op=lambda col: summarize_deck(texts),
        success=lambda s: showInfo(s, parent=browser),
    ).run_in_background()


def on_browser_menu(browser: Browser, menu: QMenu) -> None:
    sub = menu.addMenu("AI Flashcards")
    for label, fn in (
        ("Explain selected", bulk_explain),
        ("Convert to clozes", bulk_cloze),
        ("Auto-tag by topic", tag_by_topic),
        ("Find related", related_cards),
        ("Summarize selection", deck_summary),
    ):
        action = QAction(label, browser)
        qconnect(action.triggered, partial(fn, browser))
        sub.addAction(action)


def init() -> None:
    gui_hooks.browser_will_show_context_menu.append(on_browser_menu)
