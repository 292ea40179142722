"""LLM access layer shared by the custom actions and scripts."""
from llm.clients import (
    anthropic_client,
    async_anthropic_client,
    async_openai_client,
    get_cohere_client,
    get_genai_client,
    get_hf_client,
    get_mistral_client,
    get_ollama_client,
    openai_client,
)
from llm.config import LLMSettings, get_settings
from llm.factory import ChatBackend, get_chat_backend
from llm.provider import ClientProvider, provider

__all__ = [
    "ChatBackend",
    "ClientProvider",
    "LLMSettings",
    "anthropic_client",
    "async_anthropic_client",
    "async_openai_client",
    "get_chat_backend",
    "get_cohere_client",
    "get_genai_client",
    "get_hf_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_settings",
    "openai_client",
    "provider",
]
