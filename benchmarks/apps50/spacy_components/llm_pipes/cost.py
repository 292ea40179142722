"""Price table and cost estimation (USD per 1M tokens). Updated 2024-11."""
from __future__ import annotations

from typing import Dict, Tuple

PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "command-r-08-2024": (0.15, 0.60),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def cohere_token_count(co, text: str, model: str = "command-r-08-2024") -> int:
    """Cohere's tokenize endpoint is free; used for budgeting rerank documents."""
    return len(co.tokenize(text=text, model=model).tokens)


def usage_from_response(resp) -> Tuple[int, int]:
    usage = getattr(resp, "usage", None)
    if usage is None:
        return 0, 0
    if hasattr(usage, "billed_units"):  # cohere v2
        bu = usage.billed_units
        return int(bu.input_tokens or 0), int(bu.output_tokens or 0)
    return int(getattr(usage, "prompt_tokens", 0) or 0), int(getattr(usage, "completion_tokens", 0) or 0)


class BudgetExceeded(RuntimeError):
    pass


class BudgetGuard:
    """Stops a batch job once its estimated spend passes ``limit_usd``.

    Used by scripts/annotate_corpus.py-style batch runs; it only does arithmetic
    on usage numbers that callers feed in.
    """

    def __init__(self, limit_usd: float) -> None:
        self.limit_usd = limit_usd
        self.spent_usd = 0.0
        self.calls = 0

    def add(self, model: str, input_tokens: int, output_tokens: int) -> float:
        cost = estimate_cost(model, input_tokens, output_tokens)
        self.spent_usd += cost
        self.calls += 1
        if self.spent_usd > self.limit_usd:
            raise BudgetExceeded(f"spent ${self.spent_usd:.2f} > ${self.limit_usd:.2f} after {self.calls} calls")
        return cost

    def add_response(self, model: str, resp) -> float:
        return self.add(model, *usage_from_response(resp))
