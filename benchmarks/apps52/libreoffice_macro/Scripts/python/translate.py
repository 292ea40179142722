# -*- coding: utf-8 -*-
"""Writer/Calc macros: translate the selection, or a column of cells."""
import logging

import uno  # noqa: F401

from writerai import get_groq_client, load_settings
from writerai.translation import Translator, normalise_language, quick_translate_groq
from writerai.uno_helpers import get_selected_text, message_box, replace_range

log = logging.getLogger("writerai.macros.translate")


def translate_selection(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    settings = load_settings(ctx)
    if doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
        return translate_cells(doc, settings)
    rng, text = get_selected_text(doc)
    if not text:
        message_box(ctx, doc, "Nothing selected.")
        return
    replace_range(rng, Translator(settings).translate(text))


def translate_cells(doc, settings):
    sel = doc.getCurrentController().getSelection()
    data = sel.getDataArray()
    flat = [str(v) for row in data for v in row]
    translated = Translator(settings).translate_many(flat)
    width = len(data[0]) if data else 0
    rows = [tuple(translated[i:i + width]) for i in range(0, len(translated), width)]
    sel.setDataArray(tuple(rows))


def translate_word(*args):
    """Context-menu entry: replace the selected word with its translation (Groq, fast)."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    settings = load_settings(XSCRIPTCONTEXT.getComponentContext())  # noqa: F821
    rng, text = get_selected_text(doc)
    if text and len(text.split()) <= 5:
        lang = normalise_language(settings.target_language)
        replace_range(rng, quick_translate_groq(get_groq_client(), text, lang).strip())


def detect_language(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    _, text = get_selected_text(doc)
    groq = get_groq_client()
    answer = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Which language is this? One word.\n\n" + text[:500]}],
        max_tokens=5,
    )
    message_box(ctx, doc, answer.choices[0].message.content)


g_exportedScripts = (translate_selection, translate_word, detect_language)
