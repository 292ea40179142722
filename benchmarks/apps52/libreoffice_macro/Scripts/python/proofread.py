# -*- coding: utf-8 -*-
"""Legacy proofread button (0.7). Uses the old helper module directly."""
import uno  # noqa: F401

from writerai import load_settings
from writerai.legacy.anthropic_old import proofread
from writerai.uno_helpers import get_selected_text, replace_range


def proofread_selection(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    settings = load_settings(XSCRIPTCONTEXT.getComponentContext())  # noqa: F821
    rng, text = get_selected_text(doc)
    if text:
        replace_range(rng, proofread(text, settings.anthropic_api_key))


g_exportedScripts = (proofread_selection,)
