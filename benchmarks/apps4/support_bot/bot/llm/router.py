"""LiteLLM router: one logical model name per use, with provider fallbacks.

``support-default`` is Claude with GPT-4o as fallback; ``support-cheap`` is Haiku with
gpt-4o-mini behind it. If Anthropic has an incident the bot keeps answering.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Optional

from litellm import Router

from bot.config import get_settings

log = logging.getLogger(__name__)

_router: Optional[Router] = None


def _model_list() -> List[Dict[str, Any]]:
    s = get_settings()
    return [
        {
            "model_name": "support-default",
            "litellm_params": {"model": f"anthropic/{s.answer_model}", "api_key": s.anthropic_api_key},
        },
        {
            "model_name": "support-default-fallback",
            "litellm_params": {"model": "openai/gpt-4o", "api_key": s.openai_api_key},
        },
        {
            "model_name": "support-cheap",
            "litellm_params": {"model": f"anthropic/{s.fast_model}", "api_key": s.anthropic_api_key},
        },
        {
            "model_name": "support-cheap-fallback",
            "litellm_params": {"model": "openai/gpt-4o-mini", "api_key": s.openai_api_key},
        },
        {
            "model_name": "faq-embed",
            "litellm_params": {
                "model": f"azure/{s.azure_embedding_deployment}",
                "api_base": s.azure_openai_endpoint,
                "api_key": s.azure_openai_key,
                "api_version": s.azure_openai_api_version,
            },
        },
    ]


def get_router() -> Router:
    global _router
    if _router is None:
        _router = Router(
            model_list=_model_list(),
            fallbacks=[
                {"support-default": ["support-default-fallback"]},
                {"support-cheap": ["support-cheap-fallback"]},
            ],
            num_retries=int(os.environ.get("LLM_NUM_RETRIES", "2")),
            timeout=45,
            allowed_fails=3,
            cooldown_time=30,
        )
        log.info("litellm router ready with %d deployments", len(_router.model_list))
    return _router


async def arouted_completion(messages: List[Dict[str, str]], model: str = "support-default", **kwargs: Any) -> str:
    """Convenience for callers that only want the text back."""
    response = await get_router().acompletion(model=model, messages=messages, **kwargs)
    return response.choices[0].message.content or ""
