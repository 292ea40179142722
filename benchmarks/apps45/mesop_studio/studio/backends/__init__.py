"""Model backends: client factories, registry, embeddings."""

from studio.backends.factories import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_deepseek_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    reset_clients,
)
from studio.backends.registry import (
    Completion,
    ModelBackend,
    all_backends,
    get_backend,
    register,
)

__all__ = [
    "Completion",
    "ModelBackend",
    "all_backends",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_backend",
    "get_deepseek_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "register",
    "reset_clients",
]
