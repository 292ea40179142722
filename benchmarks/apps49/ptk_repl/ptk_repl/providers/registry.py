"""Provider registry: maps config names to provider instances."""
from __future__ import annotations

from collections.abc import Callable

from ptk_repl.config import Config

from . import factory
from .anthropic_provider import AnthropicProvider
from .base import BaseProvider
from .deepseek_provider import DeepSeekProvider
from .gemini_provider import GeminiProvider
from .openai_provider import OpenAIProvider
from .perplexity_provider import PerplexityProvider

ProviderBuilder = Callable[[Config, str], BaseProvider]

_BUILDERS: dict[str, ProviderBuilder] = {
    "openai": lambda cfg, model: OpenAIProvider(
        factory.get_async_openai(), model, temperature=cfg.temperature, max_tokens=cfg.max_tokens
    ),
    "anthropic": lambda cfg, model: AnthropicProvider(
        factory.get_async_anthropic(), model, temperature=cfg.temperature, max_tokens=cfg.max_tokens
    ),
    "gemini": lambda cfg, model: GeminiProvider(
        factory.get_genai_client(), model, temperature=cfg.temperature, max_tokens=cfg.max_tokens
    ),
    "deepseek": lambda cfg, model: DeepSeekProvider(factory.get_async_deepseek(), model),
    "perplexity": lambda cfg, model: PerplexityProvider(factory.get_perplexity_client(), model),
}


def register(name: str, builder: ProviderBuilder) -> None:
    """Plugins may register extra providers."""
    _BUILDERS[name] = builder


def available() -> list[str]:
    return sorted(_BUILDERS)


class ProviderRegistry:
    def __init__(self, config: Config):
        self.config = config
        self._instances: dict[tuple[str, str], BaseProvider] = {}

    def get(self, name: str | None = None, model: str | None = None) -> BaseProvider:
        name = name or self.config.provider
        if name not in _BUILDERS:
            raise KeyError(f"unknown provider {name!r}; choose from {', '.join(available())}")
        model = model or (self.config.active_model if name == self.config.provider else None)
        from ptk_repl.config import DEFAULT_MODELS

        model = model or DEFAULT_MODELS[name]
        key = (name, model)
        if key not in self._instances:
            self._instances[key] = _BUILDERS[name](self.config, model)
        return self._instances[key]

    def active(self) -> BaseProvider:
        return self.get()

    def switch(self, name: str, model: str | None = None) -> BaseProvider:
        self.config.provider = name
        self.config.model = model
        return self.get(name, model)
