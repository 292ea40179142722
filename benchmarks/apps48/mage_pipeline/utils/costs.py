"""Token counting and cost estimation; nothing in here calls a model."""
import logging
from functools import lru_cache
from typing import Dict, List

import litellm
import tiktoken

from mage_pipeline.utils.clients import get_anthropic_client

logger = logging.getLogger(__name__)

# USD per 1M tokens, checked 2024-10; litellm.model_cost is the fallback
PRICES: Dict[str, Dict[str, float]] = {
    'gpt-4o-mini': {'input': 0.15, 'output': 0.60},
    'claude-3-5-sonnet-20241022': {'input': 3.0, 'output': 15.0},
    'claude-3-5-haiku-20241022': {'input': 0.8, 'output': 4.0},
    'command-r-plus': {'input': 2.5, 'output': 10.0},
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding('o200k_base')


def count_openai_tokens(text: str, model: str = 'gpt-4o-mini') -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(messages: List[dict], model: str = 'claude-3-5-sonnet-20241022') -> int:
    result = get_anthropic_client().messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def count_messages_tokens(messages: List[dict], model: str) -> int:
    return litellm.token_counter(model=model, messages=messages)


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price = PRICES.get(model)
    if price is None:
        info = litellm.model_cost.get(model, {})
        return (input_tokens * info.get('input_cost_per_token', 0.0)
                + output_tokens * info.get('output_cost_per_token', 0.0))
    return (input_tokens * price['input'] + output_tokens * price['output']) / 1_000_000


def cost_of_response(response) -> float:
    try:
        return litellm.completion_cost(completion_response=response)
    except Exception:  # noqa: BLE001 - unknown model in litellm's table
        logger.debug('completion_cost failed', exc_info=True)
        return 0.0
