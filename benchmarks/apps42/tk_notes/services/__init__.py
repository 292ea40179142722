"""AI services for tk_notes.

Client factories live in :mod:`services.clients`; the provider registry in
:mod:`services.registry`.  The most used bits are re-exported here.
"""
from services.clients import (
    get_anthropic_client,
    get_gemini_model,
    get_mistral_client,
    get_openai_client,
    make_ollama_client,
    reset_clients,
)
from services.registry import available_providers, get_provider

__all__ = [
    "get_anthropic_client",
    "get_gemini_model",
    "get_mistral_client",
    "get_openai_client",
    "make_ollama_client",
    "reset_clients",
    "available_providers",
    "get_provider",
]
