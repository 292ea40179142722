"""Provider registry.

``get_provider(name)`` returns a configured Provider; the name is normally
the value of ``%config CopilotMagics.provider``.
"""
from __future__ import annotations

from typing import Callable

from ..settings import settings
from .anthropic_provider import AnthropicProvider
from .base import Completion, Provider
from .compat import PerplexityProvider, XAIProvider
from .google_provider import GeminiProvider
from .http_provider import HTTPProvider
from .mistral_provider import MistralProvider
from .ollama_provider import OllamaProvider
from .openai_provider import OpenAIProvider

PROVIDERS: dict[str, Callable[..., Provider]] = {
    "openai": OpenAIProvider,
    "anthropic": AnthropicProvider,
    "google": GeminiProvider,
    "gemini": GeminiProvider,  # alias, people keep typing it
    "mistral": MistralProvider,
    "ollama": OllamaProvider,
    "xai": XAIProvider,
    "grok": XAIProvider,
    "perplexity": PerplexityProvider,
    "http": HTTPProvider,
}

_instances: dict[tuple[str, str], Provider] = {}


def register_provider(name: str, factory: Callable[..., Provider]) -> None:
    PROVIDERS[name] = factory


def get_provider(name: str | None = None, model: str | None = None) -> Provider:
    name = (name or settings.provider).lower()
    if name not in PROVIDERS:
        raise KeyError(f"unknown provider {name!r}; choose one of {sorted(PROVIDERS)}")
    model = model or settings.resolved_model(name)
    key = (name, model)
    if key not in _instances:
        _instances[key] = PROVIDERS[name](
            model, temperature=settings.temperature, max_tokens=settings.max_tokens
        )
    return _instances[key]


def clear_provider_cache() -> None:
    _instances.clear()


__all__ = [
    "Completion",
    "Provider",
    "PROVIDERS",
    "get_provider",
    "register_provider",
    "clear_provider_cache",
]
