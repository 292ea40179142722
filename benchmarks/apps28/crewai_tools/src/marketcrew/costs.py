"""Rough per-model pricing, used for dashboards and budget guards.

Prices are USD per 1M tokens. Keep in sync with vendor pages; litellm's table is the fallback.
"""

from __future__ import annotations

import logging

import litellm

logger = logging.getLogger(__name__)

PRICING: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "grok-3-mini": (0.30, 0.50),
    "llama-3.3-70b": (0.85, 1.20),
    "llama3.1-8b": (0.10, 0.10),
    "voyage-3.5": (0.06, 0.0),
}


def _normalise(model: str) -> str:
    return model.split("/", 1)[1] if "/" in model else model


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    key = _normalise(model)
    if key in PRICING:
        pin, pout = PRICING[key]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
        )
        return prompt_cost + completion_cost
    except Exception:
        logger.debug("no pricing for %s", model)
        return 0.0


def within_budget(model: str, input_tokens: int, max_output_tokens: int, budget_usd: float) -> bool:
    return estimate_cost(model, input_tokens, max_output_tokens) <= budget_usd
