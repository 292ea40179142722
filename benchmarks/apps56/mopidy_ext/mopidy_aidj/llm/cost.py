"""Rough cost estimation for the weekly usage email. No network calls."""

# USD per million tokens (input, output). Updated by hand, may be stale.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "grok-2-latest": (2.00, 10.00),
}

TTS_PER_MILLION_CHARS = {"tts-1": 15.0, "tts-1-hd": 30.0}


def completion_cost(model, input_tokens, output_tokens):
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def tts_cost(model, characters):
    return characters * TTS_PER_MILLION_CHARS.get(model, 15.0) / 1_000_000


def estimate_tokens(text):
    # ~4 chars per token is good enough for a budget guard.
    return max(1, len(text) // 4)


class Budget:
    def __init__(self, monthly_usd):
        self.monthly_usd = monthly_usd
        self.spent = 0.0

    def charge(self, model, input_tokens, output_tokens):
        self.spent += completion_cost(model, input_tokens, output_tokens)
        return self.spent

    def exhausted(self):
        return self.monthly_usd is not None and self.spent >= self.monthly_usd
