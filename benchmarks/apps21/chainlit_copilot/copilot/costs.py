"""Cost and token estimates shown in the admin sidebar. No model calls here."""
from __future__ import annotations

import logging
from typing import Any

import litellm

from copilot.providers import get_anthropic

log = logging.getLogger(__name__)

# $/1M tokens, refreshed by hand from vendor pages (litellm's map lags for Cerebras)
MANUAL_PRICES = {
    "llama-3.3-70b": (0.85, 1.20),
    "meta-llama/llama-3.3-70b-instruct": (0.13, 0.40),
}


def estimate_prompt_tokens(model: str, messages: list[dict[str, Any]]) -> int:
    try:
        return litellm.token_counter(model=model, messages=messages)
    except Exception:
        return sum(len(str(m.get("content", ""))) for m in messages) // 4


async def anthropic_prompt_tokens(model: str, system: str, messages: list[dict[str, Any]]) -> int:
    client = get_anthropic()
    result = await client.messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def response_cost(response: Any) -> float:
    try:
        return float(litellm.completion_cost(completion_response=response))
    except Exception:
        log.debug("no litellm price for %s", getattr(response, "model", "?"))
        return 0.0


def manual_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = MANUAL_PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def ledger_row_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    """Used by the weekly usage report job."""
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
        )
        return prompt_cost + completion_cost
    except Exception:
        return manual_cost(model, input_tokens, output_tokens)
