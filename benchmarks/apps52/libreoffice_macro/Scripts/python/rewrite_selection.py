# -*- coding: utf-8 -*-
"""Writer macros: rewrite the current selection in various styles."""
import logging

import uno  # noqa: F401
import unohelper  # noqa: F401

from writerai import load_settings
from writerai.history import EditHistory, EditRecord
from writerai.prompts import rewrite_prompt
from writerai.providers import make_backend
from writerai.streaming import DocumentWriter, stream_openai
from writerai.uno_helpers import get_selected_text, message_box, replace_range

log = logging.getLogger("writerai.macros.rewrite")

REWRITE_SYSTEM = "You are an editor. Return only the rewritten text."


def _ctx():
    return XSCRIPTCONTEXT.getComponentContext()  # noqa: F821


def _rewrite(style):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    rng, text = get_selected_text(doc)
    if not text:
        message_box(_ctx(), doc, "Select some text first.")
        return
    settings = load_settings(_ctx())
    backend = make_backend(settings)
    new_text = backend.complete(REWRITE_SYSTEM, rewrite_prompt(style, text))
    replace_range(rng, new_text)
    EditHistory(doc).append(EditRecord.create("rewrite:" + style, text, new_text, backend.model))


def rewrite_selection(*args):
    _rewrite("clearer")


def rewrite_formal(*args):
    _rewrite("formal")


def rewrite_friendly(*args):
    _rewrite("friendly")


def shorten_selection(*args):
    _rewrite("shorter")


def rewrite_streaming(*args):
    """Experimental: streams the rewrite below the selection instead of replacing it."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    rng, text = get_selected_text(doc)
    if not text:
        return
    settings = load_settings(_ctx())
    cursor = doc.getText().createTextCursorByRange(rng.getEnd())
    writer = DocumentWriter(doc.getText(), cursor)
    doc.getText().insertString(cursor, "\n", False)
    stream_openai(rewrite_prompt("clearer", text), settings.model_for("openai"), writer,
                  system=REWRITE_SYSTEM)
    writer.flush()


g_exportedScripts = (
    rewrite_selection,
    rewrite_formal,
    rewrite_friendly,
    shorten_selection,
    rewrite_streaming,
)
