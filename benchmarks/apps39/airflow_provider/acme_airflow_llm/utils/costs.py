"""Static price table used for cost attribution (USD per 1M tokens)."""
from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
    "amazon.titan-embed-text-v2:0": (0.02, 0.0),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


def completion_cost(response, model: str | None = None) -> float:
    """Cost of an OpenAI-style response object (anything with ``.usage``)."""
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0.0
    model = model or getattr(response, "model", "")
    prompt = getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0)
    completion = getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0)
    return estimate_cost_usd(model, prompt, completion)
