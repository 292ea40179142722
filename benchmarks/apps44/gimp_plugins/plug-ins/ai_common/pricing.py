"""Rough price table, used for the spend summary in the settings dialog.

Numbers are USD per million tokens (or per image) and are only estimates.
"""

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-1.5-flash": (0.075, 0.30),
}

IMAGE_PRICES = {
    "gpt-image-1": 0.04,
    "dall-e-3": 0.04,
    "black-forest-labs/flux-schnell": 0.003,
    "imagen-3.0-generate-002": 0.03,
}


def estimate_cost(model, input_tokens=0, output_tokens=0, images=0):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    cost = (input_tokens * price_in + output_tokens * price_out) / 1_000_000
    cost += images * IMAGE_PRICES.get(model, 0.0)
    return round(cost, 6)


def format_cost(amount):
    if amount < 0.01:
        return "<$0.01"
    return "$%.2f" % amount
