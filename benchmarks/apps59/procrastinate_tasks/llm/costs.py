"""Cost estimation, pre-flight token counting and the model catalog. No billable requests here."""
from __future__ import annotations

from decimal import Decimal

from llm.clients import get_anthropic, get_mistral, get_openai, get_voyage

# USD per 1M tokens (input, output)
PRICES: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-20241022": (Decimal("0.80"), Decimal("4.00")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "mistral-large-latest": (Decimal("2.00"), Decimal("6.00")),
    "mistral-embed": (Decimal("0.10"), Decimal("0")),
    "voyage-3": (Decimal("0.06"), Decimal("0")),
    "rerank-2": (Decimal("0.05"), Decimal("0")),
    "ibm/granite-3-8b-instruct": (Decimal("0.20"), Decimal("0.20")),
}


def cost_usd(model: str, input_tokens: int, output_tokens: int = 0) -> Decimal:
    inp, out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (inp * input_tokens + out * output_tokens) / Decimal(1_000_000)


def anthropic_prompt_tokens(model: str, system: str, messages: list[dict]) -> int:
    res = get_anthropic().messages.count_tokens(model=model, system=system, messages=messages)
    return res.input_tokens


def voyage_tokens(texts: list[str], model: str = "voyage-3") -> int:
    return get_voyage().count_tokens(texts, model=model)


def estimate_summary_cost(model: str, system: str, body: str, expected_output: int = 800) -> Decimal:
    tokens = anthropic_prompt_tokens(model, system, [{"role": "user", "content": body}])
    return cost_usd(model, tokens, expected_output)



def available_models() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    out["openai"] = sorted(m.id for m in get_openai().models.list())
    out["anthropic"] = [m.id for m in get_anthropic().models.list(limit=100)]
    mistral_models = get_mistral().models.list()
    out["mistral"] = [m.id for m in (mistral_models.data or [])]
    return out
