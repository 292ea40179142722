"""LLM plumbing: client factories, provider registry, tracked service."""
from backend.llm.factories import (
    get_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
    get_openrouter_client,
    make_async_anthropic,
    reset_clients,
)
from backend.llm.registry import get_client, registry
from backend.llm.multi_model_service import TaskComplexity, multi_model_service
from backend.llm.tracking import llm_tracker

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_mistral_client",
    "get_openai_client",
    "get_openrouter_client",
    "make_async_anthropic",
    "reset_clients",
    "get_client",
    "registry",
    "TaskComplexity",
    "multi_model_service",
    "llm_tracker",
]
