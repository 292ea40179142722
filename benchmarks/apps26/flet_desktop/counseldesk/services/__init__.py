"""Service layer. Import clients from here, not from the SDKs directly."""
from counseldesk.services.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_ollama_client,
    get_async_openai_client,
    get_async_perplexity_client,
    get_async_xai_client,
    get_genai_client,
    get_ollama_client,
    get_openai_client,
    get_perplexity_client,
    get_xai_client,
    reset_clients,
)
from counseldesk.services.providers import PROVIDERS, complete, get_provider

__all__ = [
    "PROVIDERS",
    "complete",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_ollama_client",
    "get_async_openai_client",
    "get_async_perplexity_client",
    "get_async_xai_client",
    "get_genai_client",
    "get_ollama_client",
    "get_openai_client",
    "get_perplexity_client",
    "get_provider",
    "get_xai_client",
    "reset_clients",
]
