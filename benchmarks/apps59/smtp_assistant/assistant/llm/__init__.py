"""LLM plumbing: client factories, router, prompt text."""
from assistant.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_gemini_client,
    get_openai_client,
    get_perplexity_client,
    make_async_hf_client,
    make_hf_client,
    reset_clients,
)
from assistant.llm.router import ProviderRouter, default_router

__all__ = [
    "ProviderRouter",
    "default_router",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_gemini_client",
    "get_openai_client",
    "get_perplexity_client",
    "make_async_hf_client",
    "make_hf_client",
    "reset_clients",
]
