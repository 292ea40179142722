"""Thin re-exports over LiteLLM so callers don't import litellm everywhere.

NOTE(jk): these are *not* tracked; prefer multi_model_service for new code.
"""
from __future__ import annotations

import litellm
from litellm import acompletion, completion, embedding

litellm.drop_params = True
litellm.num_retries = 2

chat_completion = completion
async_chat_completion = acompletion
llm_embed = embedding


def estimate_cost(response) -> float:
    try:
        return float(litellm.completion_cost(completion_response=response))
    except Exception:  # noqa: BLE001 - pricing table misses some models
        return 0.0


def count_tokens(model: str, text: str) -> int:
    return litellm.token_counter(model=model, text=text)
