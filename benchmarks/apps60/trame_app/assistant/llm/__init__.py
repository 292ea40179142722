"""LLM plumbing: client factories, providers and the provider registry."""
from assistant.llm.base import ChatMessage, Completion
from assistant.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_groq_client,
    get_async_openai_client,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
)
from assistant.llm.registry import available_providers, get_provider

__all__ = [
    "ChatMessage",
    "Completion",
    "available_providers",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_groq_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_groq_client",
    "get_mistral_client",
    "get_openai_client",
    "get_provider",
]
