"""Token counting and cost estimation.  No network calls here."""
import functools

# USD per 1M tokens (input, output); refreshed by hand from vendor pages.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-haiku-20240307": (0.25, 1.25),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "command-r-plus-08-2024": (2.50, 10.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "text-embedding-3-small": (0.02, 0.0),
}


def calculate_cost(model, input_tokens, output_tokens):
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


@functools.lru_cache(maxsize=8)
def _encoding(name="o200k_base"):
    import tiktoken

    return tiktoken.get_encoding(name)


def estimate_tokens(text):
    return len(_encoding().encode(text or ""))


def estimate_batch_cost(model, prompts, expected_output_tokens=250):
    total_in = sum(estimate_tokens(p) for p in prompts)
    return calculate_cost(model, total_in, expected_output_tokens * len(prompts))
