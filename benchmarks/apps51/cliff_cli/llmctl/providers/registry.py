"""Maps provider names to adapter factories built from the app's clients."""
from __future__ import annotations

from typing import Callable

from llmctl.providers.anthropic_provider import AnthropicProvider
from llmctl.providers.base import Provider
from llmctl.providers.deepseek_provider import DeepSeekProvider
from llmctl.providers.groq_provider import GroqProvider
from llmctl.providers.openai_provider import OpenAIProvider

PROVIDERS: dict[str, Callable[..., Provider]] = {
    "openai": lambda app, model: OpenAIProvider(app.openai_client, model),
    "anthropic": lambda app, model: AnthropicProvider(app.anthropic_client, model),
    "groq": lambda app, model: GroqProvider(app.groq_client, model),
    "deepseek": lambda app, model: DeepSeekProvider(app.deepseek_client, model),
}


def get_provider(app, name: str | None = None, model: str | None = None) -> Provider:
    name = name or app.settings.default_provider
    try:
        factory = PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; choose from {sorted(PROVIDERS)}")
    return factory(app, model or app.settings.model_for(name))


def available_providers(app) -> list[str]:
    return [p for p in PROVIDERS if getattr(app.settings, f"{p}_api_key", None)]
