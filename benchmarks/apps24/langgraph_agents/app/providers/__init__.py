"""Shared provider clients. Import getters from here, not from `clients` directly."""
from app.providers.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_cerebras_client,
    get_async_cohere_client,
    get_async_openai_client,
    get_bedrock_control,
    get_bedrock_runtime,
    get_cerebras_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
    reset_clients,
)
from app.providers.registry import ProviderRegistry, registry

__all__ = [
    "ProviderRegistry",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_cerebras_client",
    "get_async_cohere_client",
    "get_async_openai_client",
    "get_bedrock_control",
    "get_bedrock_runtime",
    "get_cerebras_client",
    "get_cohere_client",
    "get_mistral_client",
    "get_openai_client",
    "get_perplexity_client",
    "registry",
    "reset_clients",
]
