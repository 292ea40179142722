"""Token / cost meter shown beneath the prompt box.

Counting only -- nothing here generates text.
"""

from __future__ import annotations

import functools

import mesop as me
import tiktoken

from studio.backends import get_anthropic_client, get_genai_client
from studio.pricing import estimate_cost, format_cost


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(provider: str, model: str, text: str) -> int:
    if not text:
        return 0
    if provider in ("openai", "deepseek", "mistral"):
        return len(_encoding(model if provider == "openai" else "gpt-4o").encode(text))
    if provider == "anthropic":
        return get_anthropic_client().messages.count_tokens(
            model=model, messages=[{"role": "user", "content": text}]
        ).input_tokens
    if provider == "google":
        return get_genai_client().models.count_tokens(model=model, contents=text).total_tokens or 0
    return len(text) // 4


@me.component
def token_meter(tokens: int, model: str, expected_output: int = 500):
    cost = estimate_cost(model, tokens, expected_output)
    with me.box(style=me.Style(display="flex", gap=16, color="#666", font_size=12)):
        me.text(f"~{tokens} input tokens")
        me.text(f"est. {format_cost(cost)} per run")
