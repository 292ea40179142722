"""AI plumbing: client factories, backends and the backend registry."""

from quill.ai.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_deepseek_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
    reset_clients,
)
from quill.ai.registry import BackendRegistry, default_registry

__all__ = [
    "BackendRegistry",
    "default_registry",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_deepseek_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_openai_client",
    "reset_clients",
]
