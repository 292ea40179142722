"""LLM client factories and provider plumbing."""
from gateway.llm.factory import (
    build_clients,
    get_anthropic,
    get_anthropic_sync,
    get_cerebras,
    get_cohere,
    get_cohere_sync,
    get_mistral,
    get_openai,
    get_openai_sync,
    make_cerebras_sync,
    reset_clients,
)
from gateway.llm.registry import ProviderRegistry, registry

__all__ = [
    "build_clients",
    "get_anthropic",
    "get_anthropic_sync",
    "get_cerebras",
    "get_cohere",
    "get_cohere_sync",
    "get_mistral",
    "get_openai",
    "get_openai_sync",
    "make_cerebras_sync",
    "reset_clients",
    "ProviderRegistry",
    "registry",
]
