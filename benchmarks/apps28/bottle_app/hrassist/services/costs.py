"""Rough cost estimation per provider/model (USD per 1M tokens).

Numbers are copied from the vendors' pricing pages by hand; FinOps owns the
real invoice reconciliation, this is only for the dashboard.
"""

from __future__ import annotations

PRICES_PER_MTOK = {
    ("openai", "gpt-4o"): (2.50, 10.00),
    ("openai", "gpt-4o-mini"): (0.15, 0.60),
    ("openai", "text-embedding-3-small"): (0.02, 0.0),
    ("anthropic", "claude-3-5-sonnet-20241022"): (3.00, 15.00),
    ("anthropic", "claude-3-5-haiku-20241022"): (0.80, 4.00),
    ("mistral", "mistral-small-latest"): (0.20, 0.60),
    ("mistral", "mistral-embed"): (0.10, 0.0),
    ("cohere", "command-r-plus"): (2.50, 10.00),
    ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"): (0.88, 0.88),
    ("watsonx", "ibm/granite-3-8b-instruct"): (0.20, 0.20),
    ("ollama", "*"): (0.0, 0.0),
}

RERANK_PRICE_PER_1K_SEARCHES = {"cohere": 2.00, "watsonx": 0.10}


def estimate_cost(provider: str, model: str, input_tokens: int, output_tokens: int) -> float:
    key = (provider, model)
    if key not in PRICES_PER_MTOK:
        key = (provider, "*")
    price_in, price_out = PRICES_PER_MTOK.get(key, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def rerank_cost(provider: str, searches: int) -> float:
    return round(RERANK_PRICE_PER_1K_SEARCHES.get(provider, 0.0) * searches / 1000, 6)


def monthly_projection(rows) -> dict[str, float]:
    """rows: iterable of dicts with provider/model/input_tokens/output_tokens."""
    totals: dict[str, float] = {}
    for row in rows:
        cost = estimate_cost(row["provider"], row["model"], row["input_tokens"], row["output_tokens"])
        totals[row["provider"]] = totals.get(row["provider"], 0.0) + cost
    return {k: round(v * 30, 2) for k, v in totals.items()}
