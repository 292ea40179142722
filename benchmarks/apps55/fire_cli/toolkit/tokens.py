"""Token counting and cost estimation. None of this calls a model."""
from __future__ import annotations

from functools import lru_cache

import litellm
import tiktoken

from toolkit.providers.registry import ModelSpec, estimate_cost


@lru_cache(maxsize=16)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: list[dict], model: str) -> int:
    return litellm.token_counter(model=model, messages=messages)


def count_anthropic_tokens(client, model: str, messages: list[dict], system: str | None = None) -> int:
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    return client.messages.count_tokens(**kwargs).input_tokens


def response_cost(response) -> float:
    try:
        return litellm.completion_cost(completion_response=response)
    except Exception:  # unknown model pricing
        return 0.0


def budget_check(spec: ModelSpec, prompts: list[str], max_output: int, budget_usd: float) -> tuple[float, bool]:
    prompt_tokens = sum(count_tokens(p, spec.model_id) for p in prompts)
    est = estimate_cost(spec, prompt_tokens, max_output * len(prompts))
    return est, est <= budget_usd
