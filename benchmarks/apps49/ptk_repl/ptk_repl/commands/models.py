"""/models and /tokens: listing and counting, no generation."""
from __future__ import annotations

import tiktoken

from ptk_repl.providers.base import Message
from ptk_repl.services.pricing import estimate_cost, format_cost
from ptk_repl.ui import printing

from .base import command


@command("models")
async def models(state, provider: str = ""):
    """List models available to your keys."""
    provider = provider or state.config.provider
    if provider in ("openai", "deepseek"):
        client = state.clients.async_openai
        page = await client.models.list()
        names = sorted(m.id for m in page.data)
    elif provider == "anthropic":
        page = await state.clients.anthropic.models.list(limit=50)
        names = [m.id for m in page.data]
    elif provider == "gemini":
        names = [m.name for m in state.clients.genai.models.list()]
    else:
        printing.error(f"listing not supported for {provider}")
        return
    for name in names:
        printing.dim(f"  {name}")


@command("tokens")
async def tokens(state):
    """Count tokens in the current conversation and estimate its cost."""
    conv = state.conversation
    provider = state.registry.active()
    if provider.name == "anthropic":
        result = await state.clients.anthropic.messages.count_tokens(
            model=provider.model,
            messages=[m.as_dict() for m in conv.messages if m.role != "system"],
        )
        count = result.input_tokens
    elif provider.name == "gemini":
        result = await state.clients.genai.aio.models.count_tokens(
            model=provider.model,
            contents="\n".join(m.content for m in conv.messages),
        )
        count = result.total_tokens
    else:
        enc = tiktoken.get_encoding("o200k_base")
        count = sum(len(enc.encode(m.content)) for m in conv.messages)
    cost = estimate_cost(provider.model, count, 0)
    printing.info(f"{count} tokens (~{format_cost(cost)} to resend)")


def _approx(messages: list[Message]) -> int:
    return sum(len(m.content) // 4 for m in messages)
