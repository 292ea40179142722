"""Rough USD pricing per million tokens. Updated by hand; see #finops."""

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-support": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "grok-2-latest": (2.00, 10.00),
    "voyage-3": (0.06, 0.0),
    "text-embedding-3-small": (0.02, 0.0),
}


def estimate_cost(model, input_tokens, output_tokens):
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * in_price + output_tokens * out_price) / 1_000_000, 6)


def completion_cost(response, model):
    """Cost of an OpenAI-shaped response object (usage.prompt_tokens...)."""
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0.0
    return estimate_cost(model, usage.prompt_tokens, usage.completion_tokens)
