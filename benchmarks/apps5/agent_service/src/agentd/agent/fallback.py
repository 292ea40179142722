"""Vendor-agnostic completion with automatic fallbacks, for when the primary gateway is down."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

import litellm

from agentd.config import get_settings
from agentd.gateway.litellm_compat import acompletion, default_fallbacks
from agentd.models import ModelTurn

log = logging.getLogger(__name__)

LAST_RESORT_MODEL = "groq/llama-3.1-8b-instant"


async def complete_with_fallbacks(
    messages: List[Dict[str, Any]],
    *,
    model: Optional[str] = None,
    max_tokens: int = 1024,
    fallbacks: Optional[List[str]] = None,
) -> ModelTurn:
    settings = get_settings()
    response = await acompletion(
        model=model or settings.primary_litellm_model,
        messages=messages,
        fallbacks=fallbacks if fallbacks is not None else default_fallbacks(),
        num_retries=2,
        max_tokens=max_tokens,
        timeout=30,
    )
    choice = response.choices[0]
    return ModelTurn(
        text=choice.message.content,
        stop_reason=choice.finish_reason,
        model=response.model,
        input_tokens=response.usage.prompt_tokens,
        output_tokens=response.usage.completion_tokens,
    )


async def last_resort_reply(prompt: str) -> str:
    """Tiny, cheap answer used by workers when every configured vendor failed."""
    resp = await litellm.acompletion(
        model=LAST_RESORT_MODEL,
        messages=[
            {"role": "system", "content": "Answer in at most three sentences."},
            {"role": "user", "content": prompt},
        ],
        fallbacks=["openai/gpt-4o-mini"],
        max_tokens=256,
    )
    try:
        cost = litellm.completion_cost(completion_response=resp)
        log.info("last-resort reply via %s cost=$%.5f", resp.model, cost)
    except Exception:  # pricing table may not know the model
        pass
    return resp.choices[0].message.content or ""


def estimate_prompt_tokens(messages: List[Dict[str, Any]], model: Optional[str] = None) -> int:
    return litellm.token_counter(model=model or get_settings().primary_litellm_model, messages=messages)
