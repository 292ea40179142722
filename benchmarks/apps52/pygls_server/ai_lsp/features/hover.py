from __future__ import annotations

import asyncio
import logging

import ollama
from lsprotocol import types

from ai_lsp.document import function_at, word_at
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.llm_helpers import quick_chat

log = logging.getLogger(__name__)

HOVER_PROMPT = "In two sentences, what does `{name}` do in this code?\n\n{code}"


def _local_summary(host: str, model: str, name: str, code: str) -> str:
    client = ollama.Client(host=host)
    out = client.generate(
        model=model,
        prompt=HOVER_PROMPT.format(name=name, code=code),
        options={"num_predict": 120, "temperature": 0},
        keep_alive="15m",
    )
    return out["response"].strip()


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: AiLanguageServer, params: types.HoverParams) -> types.Hover | None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    name = word_at(document, params.position)
    if not name or document.language_id != "python":
        return None
    fn = function_at(document, params.position.line)
    if fn is None or fn.name != name:
        return None

    key = ls.cache.key("hover", fn.signature, fn.body)
    summary = ls.cache.get(key)
    if summary is None:
        code = f"{fn.signature}\n{fn.body}"[:3000]
        try:
            summary = await asyncio.to_thread(
                _local_summary, ls.settings.ollama_host, ls.settings.ollama_model, name, code
            )
        except (ollama.ResponseError, ConnectionError) as exc:
            log.debug("local hover failed (%s); falling back to openai", exc)
            summary = await asyncio.to_thread(quick_chat, HOVER_PROMPT.format(name=name, code=code))
        ls.cache.set(key, summary)

    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=f"**{name}** — {summary}"),
    )
