# -*- coding: utf-8 -*-
"""Writer macro: summarise the whole document into a new paragraph at the top."""
import asyncio
import logging

import uno  # noqa: F401

from writerai import get_anthropic_client, load_settings
from writerai.chunking import chunk_text
from writerai.legacy import watson_v1
from writerai.prompts import SUMMARY_SYSTEM, summary_chunk_prompt
from writerai.services.multi_model_service import TaskComplexity, multi_model_service
from writerai.tokens import calculate_cost, count_claude_tokens, format_cost
from writerai.uno_helpers import full_text, message_box

log = logging.getLogger("writerai.macros.summary")

CLAUDE_MODEL = "claude-3-5-sonnet-latest"


def _summarise_claude(text):
    client = get_anthropic_client()
    n_tokens = count_claude_tokens(client, CLAUDE_MODEL, text)
    log.info("summary request ~%d tokens (%s)", n_tokens,
             format_cost(calculate_cost(CLAUDE_MODEL, n_tokens, 600)))
    chunks = chunk_text(text, max_chars=60000)
    partials = []
    for i, chunk in enumerate(chunks):
        msg = client.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=600,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": summary_chunk_prompt(chunk, i, len(chunks))}],
        )
        partials.append(msg.content[0].text)
    if len(partials) == 1:
        return partials[0]
    merged = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=800,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": "Merge these partial summaries:\n\n" + "\n\n".join(partials)}],
    )
    return merged.content[0].text


def _summarise_tracked(text):
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=text[:40000],
            task_type="summary",
            complexity=TaskComplexity.AGENTIC,
            system=SUMMARY_SYSTEM,
        )
    )


def _insert_summary(doc, summary):
    text = doc.getText()
    cursor = text.createTextCursor()
    cursor.gotoStart(False)
    text.insertString(cursor, summary + "\n\n", False)


def summarise_document(*args):
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821
    settings = load_settings(ctx)
    text = full_text(doc)
    if len(text) < 200:
        message_box(ctx, doc, "The document is too short to summarise.")
        return
    if settings.provider == "anthropic":
        summary = _summarise_claude(text)
    else:
        summary = _summarise_tracked(text)
    _insert_summary(doc, summary)


def summarise_document_watson(*args):
    """Kept for the 0.x toolbar button some customers still have."""
    doc = XSCRIPTCONTEXT.getDocument()  # noqa: F821
    _insert_summary(doc, watson_v1.summarise(full_text(doc)))


g_exportedScripts = (summarise_document, summarise_document_watson)
