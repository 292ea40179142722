"""Token accounting helpers (no generation calls here)."""
from __future__ import annotations

import logging

from bot.llm.clients import get_genai_client, make_sync_anthropic, make_sync_cohere

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output) -- update when pricing pages change
PRICING: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "command-r-plus-08-2024": (2.50, 10.00),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICING.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def rough_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def count_claude_tokens(text: str, model: str) -> int:
    client = make_sync_anthropic()
    result = client.messages.count_tokens(model=model, messages=[{"role": "user", "content": text}])
    return result.input_tokens


def count_gemini_tokens(text: str, model: str) -> int:
    resp = get_genai_client().models.count_tokens(model=model, contents=text)
    return resp.total_tokens or 0


def count_cohere_tokens(text: str, model: str = "command-r-plus-08-2024") -> int:
    try:
        return len(make_sync_cohere().tokenize(text=text, model=model).tokens)
    except Exception:  # tokenizer download can fail offline
        log.debug("cohere tokenize failed, falling back", exc_info=True)
        return rough_tokens(text)
