"""Provider registry.

Handlers ask for ``request.app.ctx.llm.chat("groq", messages)`` and don't care
which SDK sits behind it. Each adapter gets the app ctx (where the listeners
put the clients) and returns an OpenAI-shaped completion.

TODO(mira): fold this into multi_model_service once tracking supports
per-provider overrides. Until then this path is NOT tracked.
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)

Adapter = Callable[..., Awaitable[Any]]
PROVIDERS: dict[str, Adapter] = {}

DEFAULT_MODELS = {
    "groq": "llama-3.3-70b-versatile",
    "cerebras": "llama-3.3-70b",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "openai": "gpt-4o-mini",
}


def register(name: str) -> Callable[[Adapter], Adapter]:
    def deco(fn: Adapter) -> Adapter:
        PROVIDERS[name] = fn
        return fn

    return deco


@register("groq")
async def _groq_chat(ctx, messages: list[dict], model: str, **kwargs):
    return await ctx.groq.chat.completions.create(model=model, messages=messages, **kwargs)


@register("cerebras")
async def _cerebras_chat(ctx, messages: list[dict], model: str, **kwargs):
    # cerebras rejects some openai params
    kwargs.pop("presence_penalty", None)
    kwargs.pop("frequency_penalty", None)
    return await ctx.cerebras.chat.completions.create(model=model, messages=messages, **kwargs)


@register("together")
async def _together_chat(ctx, messages: list[dict], model: str, **kwargs):
    return await ctx.together.chat.completions.create(
        model=model,
        messages=messages,
        **kwargs,
    )


@register("openai")
async def _openai_chat(ctx, messages: list[dict], model: str, **kwargs):
    resp = await ctx.openai.chat.completions.create(model=model, messages=messages, **kwargs)
    return resp


class ProviderRegistry:
    """Thin façade kept on ``app.ctx.llm``."""

    def __init__(self, ctx: Any, fallback_order: tuple[str, ...] = ("groq", "cerebras", "together", "openai")):
        self._ctx = ctx
        self.fallback_order = fallback_order

    def available(self) -> list[str]:
        return [name for name in self.fallback_order if name in PROVIDERS]

    async def chat(self, provider: str, messages: list[dict], model: str | None = None, **kwargs):
        adapter = PROVIDERS[provider]
        return await adapter(self._ctx, messages, model or DEFAULT_MODELS[provider], **kwargs)

    async def chat_with_fallback(self, messages: list[dict], **kwargs):
        last_exc: Exception | None = None
        for name in self.available():
            try:
                return name, await self.chat(name, messages, **kwargs)
            except Exception as exc:  # noqa: BLE001 - any vendor error -> next
                log.warning("provider %s failed: %s", name, exc)
                last_exc = exc
        raise RuntimeError("all providers failed") from last_exc
