"""Token counting and cost estimates for the status bar."""
from __future__ import annotations

import functools

import tiktoken

from services.clients import get_anthropic_client, get_gemini_model
from services.llm_usage_tracker import calculate_cost


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, provider: str, model: str) -> int:
    if provider == "anthropic":
        resp = get_anthropic_client().messages.count_tokens(
            model=model, messages=[{"role": "user", "content": text}]
        )
        return resp.input_tokens
    if provider == "gemini":
        return get_gemini_model(model).count_tokens(text).total_tokens
    return len(_encoding(model).encode(text))


def estimate_cost(text: str, provider: str, model: str, expected_output: int = 400) -> float:
    return calculate_cost(model, count_tokens(text, provider, model), expected_output)
