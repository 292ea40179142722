from __future__ import annotations

import asyncio
import logging

from lsprotocol import types

from ai_lsp.backends import BackendNotConfigured, CompletionRequest
from ai_lsp.document import cursor_context
from ai_lsp.server import AiLanguageServer, server

log = logging.getLogger(__name__)

N_CANDIDATES = 3


def _to_items(texts: list[str], line_prefix: str) -> list[types.CompletionItem]:
    items = []
    seen = set()
    for i, text in enumerate(texts):
        text = text.rstrip()
        if not text or text in seen:
            continue
        seen.add(text)
        first_line = text.splitlines()[0]
        items.append(
            types.CompletionItem(
                label=(line_prefix.strip() + first_line)[-60:] or first_line,
                kind=types.CompletionItemKind.Snippet,
                insert_text=text,
                insert_text_format=types.InsertTextFormat.PlainText,
                sort_text=f"0{i}",
                detail="ai-lsp",
            )
        )
    return items


async def _codestral_candidates(ls: AiLanguageServer, req: CompletionRequest) -> list[str]:
    client = ls.backends.client("codestral")
    model = ls.settings.codestral_model

    async def one(temp: float) -> str:
        res = await client.fim.complete_async(
            model=model,
            prompt=req.prefix,
            suffix=req.suffix,
            max_tokens=req.max_tokens,
            temperature=temp,
        )
        return res.choices[0].message.content if res and res.choices else ""

    results = await asyncio.gather(*(one(0.2 + 0.3 * i) for i in range(N_CANDIDATES)), return_exceptions=True)
    return [r for r in results if isinstance(r, str)]


async def _ollama_offline(ls: AiLanguageServer, req: CompletionRequest) -> str:
    local = ls.backends.client("ollama")
    resp = await local.generate(
        model=ls.settings.ollama_model,
        prompt=req.prefix,
        suffix=req.suffix,
        options={"num_predict": req.max_tokens, "temperature": 0},
    )
    return resp["response"]


@server.feature(
    types.TEXT_DOCUMENT_COMPLETION,
    types.CompletionOptions(trigger_characters=[".", "(", " "], resolve_provider=False),
)
async def completions(ls: AiLanguageServer, params: types.CompletionParams) -> types.CompletionList | None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    if document.language_id in ls.settings.excluded_languages:
        return None

    ctx = cursor_context(document, params.position)
    if not ctx.prefix.strip():
        return None

    cache_key = ls.cache.key(ls.settings.completion_backend, ctx.prefix[-2000:], ctx.suffix[:500])
    cached = ls.cache.get(cache_key)
    if cached is not None:
        return types.CompletionList(is_incomplete=False, items=_to_items([cached], ctx.line_prefix))

    req = CompletionRequest(
        prefix=ctx.prefix,
        suffix=ctx.suffix,
        language=ctx.language,
        max_tokens=ls.settings.max_completion_tokens,
        temperature=ls.settings.temperature,
    )

    invoked = params.context is not None and params.context.trigger_kind == types.CompletionTriggerKind.Invoked
    try:
        if invoked and ls.settings.completion_backend == "codestral":
            texts = await _codestral_candidates(ls, req)
        else:
            result = await ls.completion_backend.complete(req)
            texts = [result.text]
    except BackendNotConfigured as exc:
        ls.notify_error(f"ai-lsp: backend {exc} is not configured")
        return None
    except Exception:
        log.exception("completion backend failed, trying local model")
        try:
            texts = [await _ollama_offline(ls, req)]
        except Exception:
            return None

    if texts:
        ls.cache.set(cache_key, texts[0])
    return types.CompletionList(is_incomplete=invoked, items=_to_items(texts, ctx.line_prefix))
