"""Core services: client factories, the provider registry and the message bus."""
from research_assistant.core.clients import (  # noqa: F401
    ClientBundle,
    configure_gemini,
    get_anthropic_client,
    get_async_openai_client,
    get_ollama_client,
    get_openai_client,
    get_xai_client,
    make_gemini_model,
    reset_clients,
)
from research_assistant.core.registry import ChatResult, ProviderRegistry, registry  # noqa: F401

__all__ = [
    "ClientBundle", "configure_gemini", "get_anthropic_client", "get_async_openai_client",
    "get_ollama_client", "get_openai_client", "get_xai_client", "make_gemini_model",
    "reset_clients", "ChatResult", "ProviderRegistry", "registry",
]
