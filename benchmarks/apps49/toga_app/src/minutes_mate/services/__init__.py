"""Service layer: SDK clients, provider registry, tracked wrappers."""
from minutes_mate.services.clients import (
    ClientBundle,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_async_ollama_client,
    get_groq_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
    make_async_groq,
    reset_clients,
)
from minutes_mate.services.registry import registry

__all__ = [
    "ClientBundle",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_async_ollama_client",
    "get_groq_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_openai_client",
    "make_async_groq",
    "registry",
    "reset_clients",
]
