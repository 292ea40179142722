"""Model access for the recruiting apps.

New features should go through :func:`chat`, which routes via the
multi-model service and is therefore metered per tenant.
"""
from __future__ import annotations

import litellm as gateway
from asgiref.sync import async_to_sync

from .clients import (
    anthropic_client,
    bedrock_runtime,
    fast_completion,
    get_async_openai_client,
    get_cohere_client,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    get_router,
    get_voyage_client,
    openai_embed,
)
from .multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "anthropic_client",
    "bedrock_runtime",
    "chat",
    "fast_completion",
    "gateway",
    "get_async_openai_client",
    "get_cohere_client",
    "get_genai_client",
    "get_groq_client",
    "get_mistral_client",
    "get_openai_client",
    "get_router",
    "get_voyage_client",
    "openai_embed",
]


def chat(
    prompt: str,
    *,
    feature: str,
    tenant_id: str | None = None,
    complexity: TaskComplexity = TaskComplexity.SIMPLE,
) -> str:
    """Synchronous helper for views and tasks; returns the model's text."""
    result = async_to_sync(multi_model_service.generate_response)(
        prompt=prompt,
        task_type="chat",
        complexity=complexity,
        feature=feature,
        tenant_id=tenant_id,
    )
    return result.text
