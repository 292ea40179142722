"""Service layer: model clients, prompt helpers and the analysis services."""
from services.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
    get_sync_anthropic_client,
)
from services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "get_perplexity_client",
    "get_sync_anthropic_client",
    "multi_model_service",
    "TaskComplexity",
]
