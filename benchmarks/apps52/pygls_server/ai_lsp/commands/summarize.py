"""`ai.summarizeFile`: a short overview of the current file via the Responses API."""
from __future__ import annotations

import functools

from lsprotocol import types

from ai_lsp.backends import get_async_openai_client
from ai_lsp.commands._args import first_arg
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.tokens import count_tokens, truncate_to_budget

SUMMARY_BUDGET = 12000


@server.command("ai.summarizeFile")
async def summarize_file(ls: AiLanguageServer, args):
    uri = first_arg(args).get("uri")
    if not uri:
        return None
    document = ls.workspace.get_text_document(uri)
    source = document.source
    if count_tokens(source) > SUMMARY_BUDGET:
        source = truncate_to_budget(source, SUMMARY_BUDGET)

    summarize = functools.partial(
        get_async_openai_client().responses.create,
        model=ls.settings.openai_model,
        instructions="Summarize this file for a developer new to the codebase. Use a bullet list.",
        max_output_tokens=500,
    )
    resp = await summarize(input=source)
    ls.show_message(resp.output_text, types.MessageType.Info)
    return {"markdown": resp.output_text}
