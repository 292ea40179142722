"""LLM engine: client factories, routing and token helpers."""
from quill.engine.factories import (
    MissingKeyError,
    available_providers,
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_groq_client,
    get_openai_client,
    get_xai_client,
    make_client,
    reset_clients,
)
from quill.engine.router import Completion, ProviderRouter, default_router

__all__ = [
    "Completion",
    "MissingKeyError",
    "ProviderRouter",
    "available_providers",
    "default_router",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_groq_client",
    "get_openai_client",
    "get_xai_client",
    "make_client",
    "reset_clients",
]
