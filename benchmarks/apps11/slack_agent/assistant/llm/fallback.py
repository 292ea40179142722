"""litellm-based fallback routing.

When Anthropic or OpenAI are degraded we still want Otto to answer *something*. The router
below knows a few deployments per alias and fails over between them. It is deliberately
separate from the main agent path, which talks to the provider SDKs directly for tool use.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any, Dict, List, Optional

import litellm
from litellm import Router

from assistant.config import get_settings
from assistant.errors import ProviderUnavailable

log = logging.getLogger(__name__)

litellm.drop_params = True
litellm.suppress_debug_info = True

Message = Dict[str, Any]


def _model_list() -> List[Dict[str, Any]]:
    return [
        {
            "model_name": "assistant-default",
            "litellm_params": {
                "model": "anthropic/claude-3-5-haiku-latest",
                "api_key": os.getenv("ANTHROPIC_API_KEY"),
            },
        },
        {
            "model_name": "assistant-default",
            "litellm_params": {
                "model": "openai/gpt-4.1-mini",
                "api_key": os.getenv("OPENAI_API_KEY"),
            },
        },
        {
            "model_name": "assistant-fast",
            "litellm_params": {
                "model": "groq/llama-3.3-70b-versatile",
                "api_key": os.getenv("GROQ_API_KEY"),
            },
        },
        {
            "model_name": "assistant-fast",
            "litellm_params": {
                "model": "mistral/mistral-small-latest",
                "api_key": os.getenv("MISTRAL_API_KEY"),
            },
        },
        {
            "model_name": "assistant-local",
            "litellm_params": {
                "model": "ollama_chat/llama3.2:3b",
                "api_base": get_settings().ollama_host,
            },
        },
    ]


@lru_cache(maxsize=1)
def get_router() -> Router:
    return Router(
        model_list=_model_list(),
        fallbacks=[{"assistant-default": ["assistant-fast"]}, {"assistant-fast": ["assistant-local"]}],
        num_retries=2,
        timeout=45,
        routing_strategy="simple-shuffle",
    )


async def routed_completion(
    messages: List[Message],
    *,
    alias: str = "assistant-default",
    max_tokens: int = 1024,
    temperature: float = 0.3,
) -> str:
    try:
        response = await get_router().acompletion(
            model=alias,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
    except Exception as exc:
        log.exception("router exhausted all deployments for %s", alias)
        raise ProviderUnavailable(str(exc)) from exc
    return response.choices[0].message.content or ""


async def last_resort_completion(prompt: str, system: Optional[str] = None) -> str:
    """Used when even the router is misconfigured (e.g. during a key rotation)."""
    settings = get_settings()
    messages: List[Message] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    response = await litellm.acompletion(
        model=settings.models.fallback_models[0],
        messages=messages,
        fallbacks=settings.models.fallback_models[1:],
        max_tokens=600,
    )
    return response.choices[0].message.content or ""
