"""Token counting and cost estimates (no billable calls in here)."""

import logging

try:
    import tiktoken
except ImportError:  # optional
    tiktoken = None

log = logging.getLogger("supybot.plugins.LLM.tokens")

# USD per million tokens, (input, output).  Updated by hand, see #41.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
}


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1e6, 6)


def count_openai_tokens(text, model="gpt-4o-mini"):
    if tiktoken is None:
        return len(text) // 4
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(client, messages, model="claude-3-5-haiku-latest",
                           system=None):
    """Uses the free count_tokens endpoint; falls back to a rough guess."""
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    try:
        result = client.messages.count_tokens(**kwargs)
        return result.input_tokens
    except Exception:
        log.debug("count_tokens failed", exc_info=True)
        return sum(len(m["content"]) for m in messages) // 4


def fits(text, budget, model="gpt-4o-mini"):
    return count_openai_tokens(text, model) <= budget
