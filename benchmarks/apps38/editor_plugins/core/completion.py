"""Fill-in-the-middle helpers used by inline completion in both editors."""
from __future__ import annotations

import logging
from typing import Callable, Dict, Iterator, Optional

from .cache import CompletionCache
from .clients import get_deepseek, get_mistral, get_openai
from .config import CoreSettings
from .prompts import FimContext, build_chat_fill_messages, strip_fences

log = logging.getLogger("ai_core.completion")


def codestral_fim(ctx: FimContext, settings: CoreSettings, client=None) -> str:
    client = client or get_mistral(settings.key_for("codestral"))
    resp = client.fim.complete(
        model=settings.fim_model,
        prompt=ctx.prefix,
        suffix=ctx.suffix,
        max_tokens=settings.fim_max_tokens,
        temperature=0.0,
        stop=settings.stop,
    )
    if not resp or not resp.choices:
        return ""
    return resp.choices[0].message.content or ""


def codestral_fim_stream(ctx: FimContext, settings: CoreSettings) -> Iterator[str]:
    client = get_mistral(settings.key_for("codestral"))
    stream = client.fim.stream(
        model=settings.fim_model,
        prompt=ctx.prefix,
        suffix=ctx.suffix,
        max_tokens=settings.fim_max_tokens,
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


async def codestral_fim_async(ctx: FimContext, settings: CoreSettings) -> str:
    client = get_mistral(settings.key_for("codestral"))
    resp = await client.fim.complete_async(
        model=settings.fim_model, prompt=ctx.prefix, suffix=ctx.suffix, max_tokens=settings.fim_max_tokens
    )
    return resp.choices[0].message.content if resp and resp.choices else ""


def deepseek_fim(ctx: FimContext, settings: CoreSettings) -> str:
    # DeepSeek's FIM lives on the legacy completions endpoint (beta base_url).
    resp = get_deepseek(beta=True).completions.create(
        model=settings.deepseek_model,
        prompt=ctx.prefix,
        suffix=ctx.suffix,
        max_tokens=settings.fim_max_tokens,
        temperature=0.0,
    )
    return resp.choices[0].text


def openai_chat_fill(ctx: FimContext, settings: CoreSettings) -> str:
    """Fallback for people who only have an OpenAI key."""
    resp = get_openai().chat.completions.create(
        model=settings.openai_model,
        messages=build_chat_fill_messages(ctx),
        max_tokens=settings.fim_max_tokens,
        temperature=0.0,
    )
    return strip_fences(resp.choices[0].message.content)


BACKENDS: Dict[str, Callable[[FimContext, CoreSettings], str]] = {
    "codestral": codestral_fim,
    "deepseek": deepseek_fim,
    "openai": openai_chat_fill,
}


class FimEngine:
    """Caches and dispatches FIM requests to the configured backend."""

    def __init__(self, settings: CoreSettings, cache: Optional[CompletionCache] = None):
        self.settings = settings
        self.cache = cache or CompletionCache()

    def complete(self, ctx: FimContext) -> str:
        name = self.settings.fim_provider
        backend = BACKENDS.get(name)
        if backend is None:
            log.warning("unknown fim_provider %s, falling back to codestral", name)
            name, backend = "codestral", codestral_fim
        key = CompletionCache.make_key(name, self.settings.fim_model, ctx.prefix[-2000:], ctx.suffix[:500])
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        try:
            text = backend(ctx, self.settings)
        except Exception:  # noqa: BLE001 - editors must never see a traceback
            log.exception("fim backend %s failed", name)
            return ""
        self.cache.set(key, text)
        return text
