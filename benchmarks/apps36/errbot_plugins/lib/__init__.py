"""Shared helpers for the opsy errbot plugins."""
from lib.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_groq_client,
    get_async_openai_client,
    get_cohere_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    reset_clients,
)
from lib.settings import MODELS

__all__ = [
    "MODELS",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_groq_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_groq_client",
    "get_mistral_client",
    "get_openai_client",
    "reset_clients",
]
