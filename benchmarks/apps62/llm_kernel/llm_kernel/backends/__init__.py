from .base import Backend, ChatResult
from .clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_ollama_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
)
from .registry import BackendRegistry, available_providers, register

_default_registry: BackendRegistry | None = None


def get_backend(provider: str | None = None, model: str | None = None) -> Backend:
    global _default_registry
    if _default_registry is None:
        from ..config import load_settings

        _default_registry = BackendRegistry(load_settings())
    return _default_registry.get(provider, model)


__all__ = [
    "Backend",
    "ChatResult",
    "BackendRegistry",
    "available_providers",
    "get_backend",
    "register",
    "get_openai_client",
    "get_async_openai_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_genai_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_async_ollama_client",
]
