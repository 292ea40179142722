"""Back-of-envelope cost estimates shown in the pipeline's Metrics artifact."""

from __future__ import annotations

# USD per 1M tokens (input, output). Update from the pricing pages each quarter.
PRICES = {
    "gemini-2.0-flash-001": (0.15, 0.60),
    "gemini-1.5-pro-002": (1.25, 5.00),
    "claude-3-5-sonnet-v2@20241022": (3.00, 15.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-2024-08-06": (2.50, 10.00),
    "voyage-3": (0.06, 0.0),
    "embed-english-v3.0": (0.10, 0.0),
}


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def batch_discount(cost: float, batch: bool) -> float:
    return cost * 0.5 if batch else cost


def summarise_usage(rows: list[dict]) -> dict:
    """Aggregate usage-log rows (from llm_usage_logs) into per-model totals."""
    totals: dict[str, dict] = {}
    for r in rows:
        t = totals.setdefault(r["model"], {"requests": 0, "input_tokens": 0, "output_tokens": 0, "usd": 0.0})
        t["requests"] += 1
        t["input_tokens"] += r.get("input_tokens", 0)
        t["output_tokens"] += r.get("output_tokens", 0)
        t["usd"] += completion_cost(r["model"], r.get("input_tokens", 0), r.get("output_tokens", 0))
    return totals
