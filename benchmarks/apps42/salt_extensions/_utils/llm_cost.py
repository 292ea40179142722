"""
Rough cost estimation for LLM usage, used by the reporting runner and the
returner so we can put a number next to each summary.

Prices are USD per 1M tokens and are updated by hand (see CHANGELOG).
"""
__virtualname__ = "llm_cost"

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "amazon.titan-embed-text-v2:0": (0.02, 0.0),
    "command-r-plus-08-2024": (2.50, 10.00),
    "rerank-english-v3.0": (0.0, 0.0),
}


def __virtual__():
    return __virtualname__


def estimate(model, input_tokens, output_tokens=0):
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def usage_from_response(provider, response):
    """
    Normalise the usage block across SDK response objects/dicts.
    """
    if response is None:
        return 0, 0
    if provider == "openai":
        usage = getattr(response, "usage", None)
        if usage is None:
            return 0, 0
        return (
            getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0),
            getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0),
        )
    if provider == "anthropic":
        return response.usage.input_tokens, response.usage.output_tokens
    if provider == "bedrock":
        usage = response.get("usage", {})
        return usage.get("inputTokens", 0), usage.get("outputTokens", 0)
    if provider == "cohere":
        tokens = getattr(getattr(response, "usage", None), "tokens", None)
        if tokens is None:
            return 0, 0
        return int(tokens.input_tokens or 0), int(tokens.output_tokens or 0)
    return 0, 0


def calculate_cost(provider, model, response):
    i, o = usage_from_response(provider, response)
    return {"input_tokens": i, "output_tokens": o, "usd": estimate(model, i, o)}
