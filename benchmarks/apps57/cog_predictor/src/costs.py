"""Price table + cost helpers (USD per 1M tokens). Keep in sync with finops sheet."""
from __future__ import annotations

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
    "accounts/fireworks/models/llama-v3p1-8b-instruct": (0.20, 0.20),
    "voyage-3": (0.06, 0.0),
    "rerank-2": (0.05, 0.0),
}

# Replicate bills by GPU-second, not tokens; rough per-run numbers for dashboards.
REPLICATE_PER_RUN_USD: dict[str, float] = {
    "nightmareai/real-esrgan": 0.0021,
    "abiruyt/text-extract-ocr": 0.0009,
    "yorickvp/llava-13b": 0.0120,
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def replicate_run_cost(ref: str) -> float:
    base = ref.split(":", 1)[0]
    return REPLICATE_PER_RUN_USD.get(base, 0.0)


def calculate_completion_cost(model: str, usage: dict[str, int]) -> float:
    """Accepts an OpenAI-style usage dict (prompt_tokens / completion_tokens)."""
    return estimate_cost_usd(model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
