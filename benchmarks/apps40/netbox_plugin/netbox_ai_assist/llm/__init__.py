from .clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_azure_client,
    get_bedrock_runtime,
    get_chat_client,
    get_cohere_client,
    get_openai_client,
    get_openrouter_client,
)
from .multi_model_service import TaskComplexity, multi_model_service
from .registry import Completion, get_backend
from .tracking import llm_tracker

__all__ = [
    "Completion",
    "TaskComplexity",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_azure_client",
    "get_backend",
    "get_bedrock_runtime",
    "get_chat_client",
    "get_cohere_client",
    "get_openai_client",
    "get_openrouter_client",
    "llm_tracker",
    "multi_model_service",
]
