"""Provider clients, re-exported for plugins and scripts."""
from docflow.providers.clients import (
    get_async_anthropic,
    get_async_hf_client,
    get_async_openai_client,
    get_async_voyage_client,
    get_genai_client,
    get_hf_client,
    get_ollama_client,
    get_openai_client,
    get_voyage_client,
    reset_clients,
)
from docflow.providers.registry import EMBED_FUNCS, ProviderRegistry, registry

__all__ = [
    "EMBED_FUNCS",
    "ProviderRegistry",
    "get_async_anthropic",
    "get_async_hf_client",
    "get_async_openai_client",
    "get_async_voyage_client",
    "get_genai_client",
    "get_hf_client",
    "get_ollama_client",
    "get_openai_client",
    "get_voyage_client",
    "registry",
    "reset_clients",
]
