"""Static price table (USD per 1M tokens) used for cost attribution.

Prices are refreshed by hand from the vendors' pricing pages; see FINOPS-88.
"""
from __future__ import annotations

from decimal import Decimal

PRICES_PER_MTOK: dict[tuple[str, str], tuple[Decimal, Decimal]] = {
    ("openai", "gpt-4o"): (Decimal("2.50"), Decimal("10.00")),
    ("openai", "gpt-4o-mini"): (Decimal("0.15"), Decimal("0.60")),
    ("openai", "text-embedding-3-small"): (Decimal("0.02"), Decimal("0")),
    ("anthropic", "claude-3-5-haiku-latest"): (Decimal("0.80"), Decimal("4.00")),
    ("anthropic", "claude-sonnet-4-20250514"): (Decimal("3.00"), Decimal("15.00")),
    ("deepseek", "deepseek-chat"): (Decimal("0.27"), Decimal("1.10")),
    ("deepseek", "deepseek-reasoner"): (Decimal("0.55"), Decimal("2.19")),
    ("cohere", "command-r-plus-08-2024"): (Decimal("2.50"), Decimal("10.00")),
    ("cohere", "embed-english-v3.0"): (Decimal("0.10"), Decimal("0")),
    ("xai", "grok-3"): (Decimal("3.00"), Decimal("15.00")),
    ("xai", "grok-3-mini"): (Decimal("0.30"), Decimal("0.50")),
    ("cerebras", "llama3.1-8b"): (Decimal("0.10"), Decimal("0.10")),
    ("cerebras", "llama-3.3-70b"): (Decimal("0.85"), Decimal("1.20")),
    ("watsonx", "ibm/granite-3-8b-instruct"): (Decimal("0.20"), Decimal("0.20")),
}


def estimate_cost_usd(provider: str, model: str, input_tokens: int, output_tokens: int) -> float:
    prices = PRICES_PER_MTOK.get((provider, model))
    if prices is None:
        return 0.0
    in_price, out_price = prices
    total = (in_price * input_tokens + out_price * output_tokens) / Decimal(1_000_000)
    return float(total.quantize(Decimal("0.000001")))


def monthly_projection(rows: list[dict]) -> dict[str, float]:
    """Sum ``cost_usd`` per feature; used by the admin dashboard."""
    out: dict[str, float] = {}
    for row in rows:
        out[row["feature_context"]] = out.get(row["feature_context"], 0.0) + float(row["cost_usd"])
    return out
