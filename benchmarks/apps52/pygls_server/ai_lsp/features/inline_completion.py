"""Ghost-text completions (LSP 3.18 textDocument/inlineCompletion) served by Fireworks."""
from __future__ import annotations

import logging

from lsprotocol import types

from ai_lsp.document import cursor_context
from ai_lsp.prompts import strip_fences
from ai_lsp.server import AiLanguageServer, server

log = logging.getLogger(__name__)

FIM_TEMPLATE = "<|fim_prefix|>{prefix}<|fim_suffix|>{suffix}<|fim_middle|>"
CHAT_ONLY_MODELS = {"accounts/fireworks/models/llama-v3p1-70b-instruct"}


async def _fim(fw, prefix: str, suffix: str, max_tokens: int) -> str:
    resp = await fw.client.completions.create(
        model=fw.model,
        prompt=FIM_TEMPLATE.format(prefix=prefix, suffix=suffix),
        max_tokens=max_tokens,
        temperature=0.1,
        stop=["<|fim_pad|>", "<|endoftext|>", "\n\n\n"],
    )
    return resp.choices[0].text


async def _chat_stream(fw, prefix: str, suffix: str, language: str, max_tokens: int) -> str:
    stream = await fw.client.chat.completions.create(
        model=fw.model,
        messages=[
            {"role": "system", "content": f"Continue the {language} code at <CURSOR>. Output only the inserted code."},
            {"role": "user", "content": f"{prefix}<CURSOR>{suffix}"},
        ],
        max_tokens=max_tokens,
        stream=True,
    )
    parts: list[str] = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return strip_fences("".join(parts))


@server.feature(types.TEXT_DOCUMENT_INLINE_COMPLETION)
async def inline_completion(
    ls: AiLanguageServer, params: types.InlineCompletionParams
) -> types.InlineCompletionList | None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    ctx = cursor_context(document, params.position)
    if len(ctx.prefix.strip()) < 8:
        return None

    fw = ls.backends.get("fireworks")
    try:
        if fw.model in CHAT_ONLY_MODELS:
            text = await _chat_stream(fw, ctx.prefix, ctx.suffix, ctx.language, ls.settings.max_completion_tokens)
        else:
            text = await _fim(fw, ctx.prefix, ctx.suffix, ls.settings.max_completion_tokens)
    except Exception as exc:
        log.warning("inline completion failed: %s", exc)
        return None

    if not text.strip():
        return None
    return types.InlineCompletionList(
        items=[
            types.InlineCompletionItem(
                insert_text=text,
                range=types.Range(start=params.position, end=params.position),
            )
        ]
    )
