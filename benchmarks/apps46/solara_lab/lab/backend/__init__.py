"""Backend package: client factories, provider registry and LLM-powered helpers."""
from lab.backend.clients import (
    claude,
    get_anthropic_client,
    get_async_openai_client,
    get_fireworks_client,
    get_groq_client,
    get_openai_client,
    get_together_client,
    openai_client,
)
from lab.backend.llm_usage_tracker import llm_tracker
from lab.backend.multi_model_service import TaskComplexity, multi_model_service
from lab.backend.registry import registry

__all__ = [
    "claude",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_fireworks_client",
    "get_groq_client",
    "get_openai_client",
    "get_together_client",
    "openai_client",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
    "registry",
]
