"""LLM plumbing: client factories, providers, prompts, token helpers."""
from bot.llm.factory import (
    get_anthropic,
    get_async_openai,
    get_openai_client,
    get_openrouter_client,
    get_together_client,
    make_clients,
)
from bot.llm.providers import Provider, ProviderReply, build_registry, get_provider

__all__ = [
    "get_anthropic",
    "get_async_openai",
    "get_openai_client",
    "get_openrouter_client",
    "get_together_client",
    "make_clients",
    "Provider",
    "ProviderReply",
    "build_registry",
    "get_provider",
]
