"""Provider registry: maps a provider name coming from the front end
("openai", "claude", "mistral", "fast") to the async client and default model.

The chat procedure looks the entry up per request.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from gateway.config import get_settings
from gateway.llm import factory


@dataclass
class ProviderEntry:
    name: str
    kind: str  # "openai" | "anthropic" | "mistral" | "cerebras" | "cohere"
    client_factory: Callable[[], Any]
    default_model: str
    supports_stream: bool = True

    @property
    def client(self) -> Any:
        return self.client_factory()


class ProviderRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, ProviderEntry] = {}

    def add(self, entry: ProviderEntry, *aliases: str) -> None:
        self._entries[entry.name] = entry
        for alias in aliases:
            self._entries[alias] = entry

    def get(self, name: str) -> ProviderEntry:
        try:
            return self._entries[name]
        except KeyError:
            raise LookupError(f"unknown provider {name!r}") from None

    def client_for(self, name: str) -> Any:
        return self.get(name).client

    def names(self) -> list[str]:
        return sorted({e.name for e in self._entries.values()})


def _default_registry() -> ProviderRegistry:
    s = get_settings()
    reg = ProviderRegistry()
    reg.add(ProviderEntry("openai", "openai", factory.get_openai, s.default_chat_model), "gpt")
    reg.add(ProviderEntry("anthropic", "anthropic", factory.get_anthropic, s.summary_model), "claude")
    reg.add(ProviderEntry("mistral", "mistral", factory.get_mistral, s.mistral_model))
    reg.add(ProviderEntry("cerebras", "cerebras", factory.get_cerebras, s.cerebras_model), "fast")
    reg.add(ProviderEntry("cohere", "cohere", factory.get_cohere, "command-r-08-2024", supports_stream=False))
    return reg


registry = _default_registry()
