from marketcrew.clients.providers import (
    XAI_BASE_URL,
    get_anthropic,
    get_async_anthropic,
    get_async_cerebras,
    get_async_openai,
    get_async_voyage,
    get_async_xai,
    get_cerebras,
    get_genai,
    get_openai,
    get_voyage,
    get_xai,
    reset_clients,
)
from marketcrew.clients.registry import ProviderRegistry, registry

__all__ = [
    "XAI_BASE_URL",
    "ProviderRegistry",
    "get_anthropic",
    "get_async_anthropic",
    "get_async_cerebras",
    "get_async_openai",
    "get_async_voyage",
    "get_async_xai",
    "get_cerebras",
    "get_genai",
    "get_openai",
    "get_voyage",
    "get_xai",
    "registry",
    "reset_clients",
]
