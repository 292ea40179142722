"""LLM client factories, provider registry and helpers."""
from .clients import (
    XAI_BASE_URL,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_openai_client,
    get_voyage_client,
    get_xai_client,
    make_async_voyage_client,
    reset_clients,
)
from .completions import Completion, complete
from .registry import ProviderSpec, registry

__all__ = [
    "XAI_BASE_URL",
    "Completion",
    "ProviderSpec",
    "complete",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_openai_client",
    "get_voyage_client",
    "get_xai_client",
    "make_async_voyage_client",
    "registry",
    "reset_clients",
]
