"""Provider layer: one ChatProvider per vendor, built from the cached clients."""
from __future__ import annotations

from app.config import get_settings
from app.providers.anthropic_provider import AnthropicProvider
from app.providers.base import ChatProvider, Completion
from app.providers.clients import (
    get_anthropic,
    get_cohere,
    get_groq,
    get_mistral,
    get_ollama,
    get_openai,
    get_xai,
)
from app.providers.cohere_provider import CohereProvider
from app.providers.groq_provider import GroqProvider
from app.providers.litellm_provider import LiteLLMProvider
from app.providers.mistral_provider import MistralProvider
from app.providers.ollama_provider import OllamaProvider
from app.providers.openai_provider import OpenAIProvider
from app.providers.xai_provider import XAIProvider

__all__ = [
    "ChatProvider",
    "Completion",
    "PROVIDERS",
    "build_registry",
    "get_provider",
    "get_openai",
    "get_anthropic",
    "get_groq",
]

PROVIDERS: dict[str, ChatProvider] = {}


def build_registry() -> dict[str, ChatProvider]:
    s = get_settings()
    PROVIDERS.update(
        {
            "openai": OpenAIProvider(get_openai(), s.default_chat_model),
            "anthropic": AnthropicProvider(get_anthropic(), s.suggestion_model),
            "mistral": MistralProvider(get_mistral(), s.translation_model),
            "cohere": CohereProvider(get_cohere()),
            "groq": GroqProvider(get_groq(), s.triage_model),
            "xai": XAIProvider(get_xai(), s.grok_model),
            "ollama": OllamaProvider(get_ollama(), s.local_model),
            "litellm": LiteLLMProvider(s.default_chat_model),
        }
    )
    return PROVIDERS


def get_provider(name: str) -> ChatProvider:
    if not PROVIDERS:
        build_registry()
    return PROVIDERS[name]
