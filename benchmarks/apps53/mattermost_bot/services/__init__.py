"""Shared services handed to the plugins at startup."""
from services.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_async_perplexity_client,
    get_genai_client,
    get_openai_client,
    get_perplexity_client,
    get_router,
)
from services.conversation_store import ConversationStore, Turn
from services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "ConversationStore",
    "TaskComplexity",
    "Turn",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_async_perplexity_client",
    "get_genai_client",
    "get_openai_client",
    "get_perplexity_client",
    "get_router",
    "multi_model_service",
]
