"""LLM plumbing: client factories, backend registry, prompts."""
from dashboard.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
    reset_clients,
)
from dashboard.llm.registry import available_backends, get_backend, register_backend

__all__ = [
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "get_perplexity_client",
    "reset_clients",
    "available_backends",
    "get_backend",
    "register_backend",
]
