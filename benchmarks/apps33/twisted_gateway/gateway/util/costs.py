"""Rough per-model pricing (USD per 1M tokens). Kept by hand; see finops wiki."""

PRICING = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "command-r-plus-08-2024": (2.50, 10.00),
    "voyage-3": (0.06, 0.0),
    "text-embedding-3-small": (0.02, 0.0),
}


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICING.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def completion_cost(response, model):
    """Cost of an openai-shaped response object (no API call)."""
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0.0
    return estimate_cost(model, usage.prompt_tokens, usage.completion_tokens)
