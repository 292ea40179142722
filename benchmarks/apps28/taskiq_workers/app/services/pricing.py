"""Static price table and cost helpers. No network calls here."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Price:
    input_per_mtok: Decimal
    output_per_mtok: Decimal = Decimal("0")


PRICES: dict[str, Price] = {
    "gpt-4o": Price(Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": Price(Decimal("0.15"), Decimal("0.60")),
    "gpt-4.1-mini": Price(Decimal("0.40"), Decimal("1.60")),
    "text-embedding-3-small": Price(Decimal("0.02")),
    "claude-3-5-sonnet-20241022": Price(Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-20241022": Price(Decimal("0.80"), Decimal("4.00")),
    "deepseek-chat": Price(Decimal("0.27"), Decimal("1.10")),
    "llama-3.3-70b-versatile": Price(Decimal("0.59"), Decimal("0.79")),
    "voyage-3": Price(Decimal("0.06")),
    "embed-english-v3.0": Price(Decimal("0.10")),
}

# per-search / per-image style pricing
FLAT_PRICES: dict[str, Decimal] = {
    "rerank-v3.5": Decimal("0.002"),
    "rerank-2": Decimal("0.00005"),
    "black-forest-labs/flux-schnell": Decimal("0.003"),
    "gpt-image-1": Decimal("0.04"),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> Decimal:
    price = PRICES.get(model)
    if price is None:
        return Decimal("0")
    cost = (Decimal(input_tokens) * price.input_per_mtok + Decimal(output_tokens) * price.output_per_mtok)
    return (cost / Decimal(1_000_000)).quantize(Decimal("0.000001"))


def flat_cost(model: str, units: int = 1) -> Decimal:
    return FLAT_PRICES.get(model, Decimal("0")) * units


def estimate_tokens(text: str) -> int:
    """Cheap heuristic used for budget checks before we have real usage numbers."""
    return max(1, len(text) // 4)
