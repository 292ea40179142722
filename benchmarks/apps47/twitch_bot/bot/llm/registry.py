"""Name -> provider registry with a fallback chain. Lives on the bot as ``bot.llm``."""
from __future__ import annotations

import logging
from typing import Iterable, Sequence

from bot.config import Settings
from bot.llm.clients import get_anthropic, get_groq, get_mistral, get_openai, get_xai
from bot.llm.providers import (
    AnthropicChatProvider,
    ChatProvider,
    Completion,
    GroqChatProvider,
    Message,
    MistralChatProvider,
    OpenAIChatProvider,
    ProviderError,
    XAIChatProvider,
)

log = logging.getLogger(__name__)


class ProviderRegistry:
    def __init__(self, default: str, fallback: Iterable[str] = ()):
        self._providers: dict[str, ChatProvider] = {}
        self.default = default
        self.fallback = list(fallback)
        self.per_channel: dict[str, str] = {}

    def register(self, provider: ChatProvider) -> None:
        self._providers[provider.name] = provider

    def get(self, name: str | None = None) -> ChatProvider:
        key = name or self.default
        try:
            return self._providers[key]
        except KeyError:
            raise KeyError(f"unknown provider {key!r}; have {sorted(self._providers)}") from None

    def for_channel(self, channel: str) -> ChatProvider:
        return self.get(self.per_channel.get(channel, self.default))

    def names(self) -> list[str]:
        return sorted(self._providers)

    def __contains__(self, name: str) -> bool:
        return name in self._providers

    async def complete_with_fallback(
        self,
        messages: Sequence[Message],
        *,
        channel: str | None = None,
        **kwargs,
    ) -> Completion:
        first = self.per_channel.get(channel or "", self.default)
        order = [first] + [name for name in self.fallback if name != first]
        last_error: Exception | None = None
        for name in order:
            if name not in self._providers:
                continue
            try:
                return await self._providers[name].complete(messages, **kwargs)
            except ProviderError as exc:
                log.warning("provider %s failed, trying next: %s", name, exc)
                last_error = exc
        raise RuntimeError("all providers failed") from last_error


def build_registry(settings: Settings) -> ProviderRegistry:
    registry = ProviderRegistry(settings.default_provider, settings.fallback_order)
    if settings.openai_api_key:
        registry.register(OpenAIChatProvider(get_openai()))
    if settings.anthropic_api_key:
        registry.register(AnthropicChatProvider(get_anthropic()))
    if settings.groq_api_key:
        registry.register(GroqChatProvider(get_groq()))
    if settings.xai_api_key:
        registry.register(XAIChatProvider(get_xai()))
    if settings.mistral_api_key:
        registry.register(MistralChatProvider(get_mistral()))
    log.info("LLM providers: %s (default %s)", registry.names(), registry.default)
    return registry
