"""Shared resources for the keyword libraries: settings, prompts and LLM clients."""
from resources.clients import (
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
    reset_clients,
)
from resources.settings import settings

__all__ = [
    "get_anthropic_client",
    "get_genai_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_openai_client",
    "reset_clients",
    "settings",
]
