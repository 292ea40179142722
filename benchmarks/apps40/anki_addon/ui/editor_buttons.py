"""Buttons in the note editor."""
from __future__ import annotations

import os
from typing import List

from aqt import gui_hooks, mw
from aqt.editor import Editor
from aqt.operations import QueryOp
from aqt.utils import showWarning, tooltip

from ..core import MissingKeyError, get_openai_client, prompts
from ..core.config import get
from ..gen import cloze, explainer, media, translate
from ..gen.backends import get_backend

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons")


def _field_text(editor: Editor, name: str) -> str:
    note = editor.note
    if note is None or name not in note:
        return ""
    return note[name]


def _set_field(editor: Editor, name: str, value: str) -> None:
    note = editor.note
    if note is None or name not in note:
        showWarning(f"The note type has no field named '{name}'.")
        return
    note[name] = value
    editor.loadNoteKeepingFocus()


def on_fill_back(editor: Editor) -> None:
    front = _field_text(editor, get("front_field", "Front"))
    if not front:
        tooltip("Front is empty")
        return

    def op(col) -> str:
        return get_backend().complete(
            prompts.SYSTEM_CARD_WRITER,
            f"Write the back side (answer) for this flashcard front:\n{front}",
        )

    QueryOp(
        parent=editor.parentWindow,
        op=op,
        success=lambda text: _set_field(editor, get("back_field", "Back"), text),
    ).with_progress("Asking the model...").run_in_background()


def on_explain(editor: Editor) -> None:
    front = _field_text(editor, get("front_field", "Front"))
    back = _field_text(editor, get("back_field", "Back"))
    QueryOp(
        parent=editor.parentWindow,
        op=lambda col: explainer.explain_card(front, back),
        success=lambda text: _set_field(editor, get("explain_field", "Explanation"), text),
    ).run_in_background()


def on_fix_grammar(editor: Editor) -> None:
    idx = editor.currentField
    if idx is None:
        tooltip("Click into a field first")
        return
    note = editor.note
    text = note.fields[idx]

    def op(col) -> str:
        client = get_openai_client()
        resp = client.chat.completions.create(
            model=get("openai_model", "gpt-4o-mini"),
            messages=[
                {"role": "system", "content": "Fix spelling and grammar. Keep HTML tags."},
                {"role": "user", "content": text},
            ],
            temperature=0,
        )
        return resp.choices[0].message.content

    def done(fixed: str) -> None:
        note.fields[idx] = fixed
        editor.loadNoteKeepingFocus()

    QueryOp(parent=editor.parentWindow, op=op, success=done).run_in_background()


def on_cloze(editor: Editor) -> None:
    text = _field_text(editor, get("front_field", "Text")) or _field_text(editor, "Text")
    QueryOp(
        parent=editor.parentWindow,
        op=lambda col: cloze.renumber(cloze.make_clozes(text)),
        success=lambda html: _set_field(editor, "Text", html),
    ).run_in_background()


def on_translate(editor: Editor) -> None:
    front_name = get("front_field", "Front")
    fields = dict(editor.note.items())
    QueryOp(
        parent=editor.parentWindow,
        op=lambda col: translate.translate_fields(fields, [front_name]),
        success=lambda res: _set_field(editor, get("back_field", "Back"), res.get(front_name, "")),
    ).run_in_background()


def on_image(editor: Editor) -> None:
    topic = _field_text(editor, get("front_field", "Front"))
    media_dir = mw.col.media.dir()

    def done(fut) -> None:
        try:
            fname = fut.result()
        except MissingKeyError as exc:
            showWarning(str(exc))
            return
        _set_field(editor, get("back_field", "Back"),
                   _field_text(editor, get("back_field", "Back")) + f'<br><img src="{fname}">')

    mw.taskman.run_in_background(lambda: media.generate_image(topic, media_dir), done)


def add_buttons(buttons: List[str], editor: Editor) -> None:
    spec = [
        ("ai_fill", "AI: fill back", on_fill_back, "sparkle.svg", get("shortcut_generate")),
        ("ai_explain", "AI: explain", on_explain, "lightbulb.svg", get("shortcut_explain")),
        ("ai_grammar", "AI: fix grammar", on_fix_grammar, "spell.svg", None),
        ("ai_cloze", "AI: make clozes", on_cloze, "cloze.svg", None),
        ("ai_translate", "AI: translate", on_translate, "globe.svg", None),
        ("ai_image", "AI: image", on_image, "image.svg", None),
    ]
    for cmd, tip, func, icon, keys in spec:
        buttons.append(
            editor.addButton(
                icon=os.path.join(ICON_DIR, icon),
                cmd=cmd,
                func=func,
                tip=tip + (f" ({keys})" if keys else ""),
                keys=keys,
            )
        )


def init() -> None:
    gui_hooks.editor_did_init_buttons.append(add_buttons)
