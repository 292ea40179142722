"""Provider registry.

Providers are built lazily the first time someone asks for them, so the app
still starts when only some API keys are configured.
"""
from __future__ import annotations

import logging
from typing import Callable

from assistant.config import get_settings
from assistant.llm.base import ChatProvider
from assistant.llm.clients import MissingCredentials

log = logging.getLogger(__name__)

ProviderFactory = Callable[[], ChatProvider]

_FACTORIES: dict[str, ProviderFactory] = {}
_INSTANCES: dict[str, ChatProvider] = {}


def register(name: str) -> Callable[[ProviderFactory], ProviderFactory]:
    def deco(factory: ProviderFactory) -> ProviderFactory:
        _FACTORIES[name] = factory
        return factory

    return deco


@register("openai")
def _openai() -> ChatProvider:
    from assistant.llm.providers import OpenAIProvider

    return OpenAIProvider(default_model=get_settings().openai_model)


@register("anthropic")
def _anthropic() -> ChatProvider:
    from assistant.llm.providers import AnthropicProvider

    return AnthropicProvider(default_model=get_settings().anthropic_model)


@register("gemini")
def _gemini() -> ChatProvider:
    from assistant.llm.providers import GeminiProvider

    return GeminiProvider(default_model=get_settings().gemini_model)


@register("mistral")
def _mistral() -> ChatProvider:
    from assistant.llm.providers import MistralProvider

    return MistralProvider(default_model=get_settings().mistral_model)


@register("groq")
def _groq() -> ChatProvider:
    from assistant.llm.providers import GroqProvider

    return GroqProvider(default_model=get_settings().groq_model)


def get_provider(name: str | None = None) -> ChatProvider:
    name = name or get_settings().default_provider
    if name not in _INSTANCES:
        try:
            factory = _FACTORIES[name]
        except KeyError:
            raise ValueError(f"unknown provider {name!r}; known: {sorted(_FACTORIES)}") from None
        _INSTANCES[name] = factory()
    return _INSTANCES[name]


def available_providers() -> list[str]:
    enabled = set(get_settings().providers_enabled)
    out = []
    for name in _FACTORIES:
        if name not in enabled:
            continue
        try:
            get_provider(name)
        except MissingCredentials as exc:
            log.info("provider %s disabled: %s", name, exc)
            continue
        out.append(name)
    return out


def override(name: str, provider: ChatProvider) -> None:
    """Used by tests and by the offline demo mode."""
    _INSTANCES[name] = provider


def clear() -> None:
    _INSTANCES.clear()
