"""Token counting and cost estimates for the dashboard's "cost" indicator.

None of these call a model: count_tokens is a free endpoint and litellm's
helpers are local lookups.
"""
from __future__ import annotations

import litellm
import tiktoken

from llm.clients import get_anthropic_client

_ENCODINGS: dict[str, tiktoken.Encoding] = {}


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    enc = _ENCODINGS.get(model)
    if enc is None:
        try:
            enc = tiktoken.encoding_for_model(model)
        except KeyError:
            enc = tiktoken.get_encoding("o200k_base")
        _ENCODINGS[model] = enc
    return len(enc.encode(text))


def count_claude_tokens(text: str, model: str = "claude-3-5-haiku-latest") -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def estimate_cost(model: str, prompt: str, expected_output_tokens: int = 300) -> float:
    n_in = litellm.token_counter(model=model, text=prompt)
    prompt_cost, completion_cost = litellm.cost_per_token(
        model=model, prompt_tokens=n_in, completion_tokens=expected_output_tokens
    )
    return prompt_cost + completion_cost


def cost_of_response(response) -> float:
    try:
        return float(litellm.completion_cost(completion_response=response))
    except Exception:  # unknown model in the cost map
        return 0.0
