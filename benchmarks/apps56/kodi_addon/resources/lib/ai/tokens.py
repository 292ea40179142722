# -*- coding: utf-8 -*-
"""Token estimates and cost arithmetic for the 'usage' screen."""
from resources.lib.ai import clients

# USD per 1M tokens (input, output); last updated by hand, see CHANGELOG
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
}


def calculate_cost(model, input_tokens, output_tokens):
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * pin + output_tokens * pout) / 1000000.0, 6)


def rough_count(text):
    # ~4 chars per token is good enough for choosing subtitle batch sizes
    return max(1, len(text) // 4)


def count_anthropic(messages, model, system=None):
    client = clients.get_anthropic_client()
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    return client.messages.count_tokens(**kwargs).input_tokens


def count_google(text, model):
    client = clients.get_genai_client()
    return client.models.count_tokens(model=model, contents=text).total_tokens


def count(provider, text, model):
    try:
        if provider == "anthropic":
            return count_anthropic([{"role": "user", "content": text}], model)
        if provider == "google":
            return count_google(text, model)
    except Exception:
        pass
    return rough_count(text)
