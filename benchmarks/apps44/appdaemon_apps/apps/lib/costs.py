"""Rough cost estimates for the dashboard sensor (sensor.llm_cost_estimate).

Prices per 1M tokens, USD. Updated by hand, probably stale.
"""
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


def calculate_cost(model, input_tokens, output_tokens):
    if model.startswith(("llama3", "llava", "qwen", "nomic")) and ":" in model:
        return 0.0  # local ollama
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def completion_cost(response, model=None):
    """Works for openai/groq responses (usage.prompt_tokens) and anthropic (usage.input_tokens)."""
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0.0
    tin = getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0)
    tout = getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0)
    return calculate_cost(model or getattr(response, "model", ""), tin, tout)
