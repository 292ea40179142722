# -*- coding: utf-8 -*-
"""Toolbar quick actions: explain, define, suggest title, outline, find similar."""
import logging

import uno  # noqa: F401

from writerai import embeddings, load_settings, watsonx_search
from writerai.clients import get_openai_client
from writerai.outline import build_outline, outline_to_text
from writerai.registry import quick_ask, quick_ask_with_retry
from writerai.chunking import split_paragraphs
from writerai.uno_helpers import full_text, get_selected_text, insert_after, message_box

log = logging.getLogger("writerai.macros.quick")


def _doc_ctx():
    return XSCRIPTCONTEXT.getDocument(), XSCRIPTCONTEXT.getComponentContext()  # noqa: F821


def explain_selection(*args):
    doc, ctx = _doc_ctx()
    settings = load_settings(ctx)
    _, text = get_selected_text(doc)
    provider = settings.provider if settings.provider in ("openai", "groq") else "openai"
    message_box(ctx, doc, quick_ask(provider, "Explain simply:\n\n" + text))


def define_word(*args):
    doc, ctx = _doc_ctx()
    _, text = get_selected_text(doc)
    message_box(ctx, doc, quick_ask_with_retry("groq", f"Define '{text.strip()}' in one sentence."))


def suggest_title(*args):
    doc, ctx = _doc_ctx()
    client = get_openai_client().with_options(timeout=20.0)
    resp = client.responses.create(
        model="gpt-4o-mini",
        input="Suggest a concise title for this document:\n\n" + full_text(doc)[:8000],
        max_output_tokens=30,
    )
    props = doc.getDocumentProperties()
    props.Title = resp.output_text.strip().strip('"')
    message_box(ctx, doc, "Title set to: " + props.Title)


def insert_outline(*args):
    doc, ctx = _doc_ctx()
    rng, topic = get_selected_text(doc)
    if topic:
        insert_after(doc, rng, outline_to_text(build_outline(topic)))


def find_similar(*args):
    doc, ctx = _doc_ctx()
    settings = load_settings(ctx)
    _, query = get_selected_text(doc)
    paragraphs = split_paragraphs(full_text(doc))
    if settings.provider == "watsonx":
        hits = [p for p, _score in watsonx_search.search(query, paragraphs, top_k=3)]
    else:
        hits = [p for _i, p in embeddings.most_similar(query, paragraphs)]
    message_box(ctx, doc, "\n\n---\n\n".join(h[:300] for h in hits), title="Similar paragraphs")


g_exportedScripts = (explain_selection, define_word, suggest_title, insert_outline, find_similar)
