"""LLM helpers for the support console.

Import clients from here rather than constructing them in feature modules:

    from .llm import get_openai_client
"""
from .clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_gemini_client,
    get_openai_client,
    configure_litellm,
)
from .registry import DEFAULT_MODELS, client_for, chat

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_gemini_client",
    "get_openai_client",
    "configure_litellm",
    "DEFAULT_MODELS",
    "client_for",
    "chat",
]
