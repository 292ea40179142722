"""LLM helpers: client factories, providers and the registry kept on the bot."""
from bot.llm.clients import (
    close_all,
    get_anthropic,
    get_groq,
    get_mistral,
    get_openai,
    get_sync_groq,
    get_sync_openai,
    get_xai,
)
from bot.llm.providers import ChatProvider, Completion, ProviderError
from bot.llm.registry import ProviderRegistry, build_registry

__all__ = [
    "ChatProvider",
    "Completion",
    "ProviderError",
    "ProviderRegistry",
    "build_registry",
    "close_all",
    "get_anthropic",
    "get_groq",
    "get_mistral",
    "get_openai",
    "get_sync_groq",
    "get_sync_openai",
    "get_xai",
]
