"""Cost estimates and token counting (no billable requests here)."""
from __future__ import annotations

import functools

import tiktoken

from wikiai.clients import get_anthropic_client
from wikiai.registry import ModelSpec, resolve


@functools.lru_cache(maxsize=8)
def _encoding(model_id: str):
    try:
        return tiktoken.encoding_for_model(model_id)
    except KeyError:
        return tiktoken.get_encoding('o200k_base')


def count_tokens(spec: ModelSpec, text: str) -> int:
    if spec.provider == 'anthropic':
        # count_tokens is free and exact; tiktoken is off by ~15% for Claude.
        result = get_anthropic_client().messages.count_tokens(
            model=spec.model_id,
            messages=[{'role': 'user', 'content': text}],
        )
        return result.input_tokens
    return len(_encoding(spec.model_id).encode(text))


def estimate_cost(spec: ModelSpec, input_tokens: int,
                  output_tokens: int) -> float:
    return (input_tokens * spec.input_per_mtok +
            output_tokens * spec.output_per_mtok) / 1_000_000


def estimate_run_cost(alias: str, texts: list[str],
                      expected_output_tokens: int = 300) -> float:
    spec = resolve(alias)
    total_in = sum(count_tokens(spec, t) for t in texts)
    return estimate_cost(spec, total_in, expected_output_tokens * len(texts))
