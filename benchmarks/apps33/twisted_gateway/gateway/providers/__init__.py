from gateway.providers.clients import (
    get_anthropic_client,
    get_async_anthropic,
    get_async_groq,
    get_async_openai,
    get_cohere_client,
    get_groq_compat_client,
    get_openai_client,
    get_voyage_client,
    make_async_voyage,
)
from gateway.providers.registry import ProviderRegistry, build_default_registry

__all__ = [
    "get_anthropic_client",
    "get_async_anthropic",
    "get_async_groq",
    "get_async_openai",
    "get_cohere_client",
    "get_groq_compat_client",
    "get_openai_client",
    "get_voyage_client",
    "make_async_voyage",
    "ProviderRegistry",
    "build_default_registry",
]
