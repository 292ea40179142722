"""LLM helpers for the help-desk assistant.

Most code should go through ``multi_model_service`` (tracked). The raw client
factories are re-exported for the few places that need provider-specific
features (streaming, embeddings, rerank).
"""
from .clients import (
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_genai,
    get_openai,
    get_together,
    get_voyage,
)
from .tracking import llm_tracker
from .multi_model_service import multi_model_service, TaskComplexity

__all__ = [
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_genai",
    "get_openai",
    "get_together",
    "get_voyage",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
]
