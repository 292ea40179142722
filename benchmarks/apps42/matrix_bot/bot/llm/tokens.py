"""Token counting and cost estimates (local, no API calls except Anthropic's counter)."""
from __future__ import annotations

import logging

import litellm
import tiktoken

from bot.llm.factory import get_sync_anthropic

log = logging.getLogger(__name__)

_ENCODINGS: dict[str, tiktoken.Encoding] = {}


def _encoding_for(model: str) -> tiktoken.Encoding:
    if model not in _ENCODINGS:
        try:
            _ENCODINGS[model] = tiktoken.encoding_for_model(model)
        except KeyError:
            _ENCODINGS[model] = tiktoken.get_encoding("o200k_base")
    return _ENCODINGS[model]


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding_for(model).encode(text))


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    if model.startswith("claude"):
        return count_claude_tokens(messages, model)
    return litellm.token_counter(model=model, messages=messages)


def count_claude_tokens(messages: list[dict], model: str) -> int:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    result = get_sync_anthropic().messages.count_tokens(
        model=model,
        system=system or anthropic_not_given(),
        messages=rest,
    )
    return result.input_tokens


def anthropic_not_given():
    from anthropic import NOT_GIVEN

    return NOT_GIVEN


def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
    except Exception:  # unknown model in litellm's price map
        log.debug("no price for %s", model)
        return 0.0
    return prompt_cost + completion_cost


def trim_history(history: list[dict], budget: int, model: str) -> list[dict]:
    """Drop the oldest turns until the history fits in `budget` tokens."""
    trimmed = list(history)
    while trimmed and sum(count_tokens(m["content"], model) for m in trimmed) > budget:
        trimmed.pop(0)
    return trimmed
