"""Price table and cost calculation (USD per 1M tokens).

Finance asked for this to match the invoices, so keep it updated when a
provider changes prices.  Nothing here talks to a provider.
"""
from decimal import Decimal

PRICES = {
    # model: (input, output)
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
    "claude-3-5-sonnet-latest": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "gemini-2.0-flash": (Decimal("0.10"), Decimal("0.40")),
    "text-embedding-004": (Decimal("0"), Decimal("0")),
    "mistral-large-latest": (Decimal("2.00"), Decimal("6.00")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "mistral-embed": (Decimal("0.10"), Decimal("0")),
    "llama-3.1-8b-instant": (Decimal("0.05"), Decimal("0.08")),
    "whisper-large-v3": (Decimal("0"), Decimal("0")),
    "meta-llama/llama-3.1-70b-instruct": (Decimal("0.12"), Decimal("0.30")),
}

# Azure deployments are billed as the underlying model
AZURE_DEPLOYMENTS = {"hr-gpt4o": "gpt-4o", "hr-embed-3": "text-embedding-3-small"}

_MILLION = Decimal(1_000_000)


def resolve_model(model: str) -> str:
    return AZURE_DEPLOYMENTS.get(model, model)


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price = PRICES.get(resolve_model(model))
    if price is None:
        return 0.0
    cost = (Decimal(input_tokens) * price[0] + Decimal(output_tokens) * price[1]) / _MILLION
    return float(round(cost, 6))


def estimate_completion_cost(model: str, prompt_chars: int, expected_output_tokens: int = 400) -> float:
    """Rough pre-flight estimate (4 chars per token) for the budget guard."""
    return calculate_cost(model, prompt_chars // 4, expected_output_tokens)
