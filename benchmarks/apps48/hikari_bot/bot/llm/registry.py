from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.llm import clients
from bot.llm.providers import (
    AnthropicProvider,
    ChatProvider,
    CohereProvider,
    GeminiProvider,
    GroqProvider,
    OpenAIProvider,
)

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

# short names users can pass to /ask model:<x>
ALIASES = {
    "gpt": "openai",
    "claude": "anthropic",
    "gemini": "google",
    "llama": "groq",
    "command": "cohere",
}


class ProviderRegistry:
    def __init__(self) -> None:
        self._providers: dict[str, ChatProvider] = {}
        self.default = "openai"

    def register(self, provider: ChatProvider) -> None:
        log.debug("registering %r", provider)
        self._providers[provider.name] = provider

    def get(self, name: str | None = None) -> ChatProvider:
        key = ALIASES.get(name or "", name) or self.default
        try:
            return self._providers[key]
        except KeyError:
            raise LookupError(f"unknown provider {name!r}; have {sorted(self._providers)}") from None

    def __contains__(self, name: str) -> bool:
        return ALIASES.get(name, name) in self._providers

    def names(self) -> list[str]:
        return sorted(self._providers)

    @classmethod
    def from_settings(cls, settings: "Settings") -> "ProviderRegistry":
        reg = cls()
        if settings.openai_api_key:
            reg.register(OpenAIProvider(clients.get_async_openai(), settings.ask_model))
        if settings.anthropic_api_key:
            reg.register(AnthropicProvider(clients.make_async_anthropic(), settings.summary_model))
        if settings.gemini_api_key:
            reg.register(GeminiProvider(settings.gemini_model))
        if settings.groq_api_key:
            reg.register(GroqProvider(clients.make_async_groq(), settings.fast_model))
        if settings.cohere_api_key:
            reg.register(CohereProvider(clients.make_async_cohere(), "command-r-plus-08-2024"))
        return reg
