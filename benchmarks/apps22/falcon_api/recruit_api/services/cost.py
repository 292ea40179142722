"""Token counting and cost estimation.  No billable calls in here: the
count_tokens endpoints are free, and pricing is a static table."""
from __future__ import annotations

import logging
from typing import Iterable

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output).  Updated by hand, see #412.
PRICING: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "gemini-1.5-pro": (1.25, 5.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
    "rerank-2": (0.05, 0.0),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICING.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def rough_token_count(text: str) -> int:
    # ~4 chars per token is close enough for budgeting
    return max(1, len(text) // 4)


def count_claude_tokens(client, model: str, system: str, messages: list[dict]) -> int:
    """Exact input token count via the (free) count_tokens endpoint."""
    result = client.messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def count_gemini_tokens(client, model: str, contents) -> int:
    result = client.models.count_tokens(model=model, contents=contents)
    return result.total_tokens


def count_voyage_tokens(client, texts: Iterable[str], model: str = "voyage-3") -> int:
    return client.count_tokens(list(texts), model=model)


def fits_budget(texts: Iterable[str], budget_tokens: int) -> bool:
    return sum(rough_token_count(t) for t in texts) <= budget_tokens
