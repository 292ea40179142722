"""Token counting and cost estimates (no billable requests in here)."""
from __future__ import annotations

import tiktoken

from assistant.llm.clients import get_anthropic_client, get_gemini_client

# USD per 1M tokens (input, output); updated by hand from vendor pricing pages.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "sonar": (1.00, 1.00),
}


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(messages: list[dict], model: str, system: str | None = None) -> int:
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    result = get_anthropic_client().messages.count_tokens(**kwargs)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str) -> int:
    resp = get_gemini_client().models.count_tokens(model=model, contents=text)
    return resp.total_tokens or 0


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def fits_context(text: str, model: str, limit: int = 120_000) -> bool:
    if model.startswith("claude"):
        return count_anthropic_tokens([{"role": "user", "content": text}], model) < limit
    if model.startswith("gemini"):
        return count_gemini_tokens(text, model) < limit
    return count_openai_tokens(text, model) < limit
