"""Provider registry: maps a provider name from settings to a lazily built client."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable

from backend.llm import factories


@dataclass
class ProviderEntry:
    name: str
    factory: Callable[[], Any]
    kind: str  # "openai-compatible", "anthropic", "cohere", "mistral"
    default_model: str


class ProviderRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, ProviderEntry] = {}
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    def register(self, name: str, factory: Callable[[], Any], kind: str, default_model: str) -> None:
        self._entries[name] = ProviderEntry(name, factory, kind, default_model)

    def client(self, name: str) -> Any:
        with self._lock:
            if name not in self._clients:
                self._clients[name] = self._entries[name].factory()
            return self._clients[name]

    def entry(self, name: str) -> ProviderEntry:
        return self._entries[name]

    def names(self) -> list[str]:
        return sorted(self._entries)

    def invalidate(self) -> None:
        with self._lock:
            self._clients.clear()
        factories.reset_clients()


registry = ProviderRegistry()
registry.register("openai", factories.get_openai_client, "openai-compatible", "gpt-4o-mini")
registry.register("openrouter", factories.get_openrouter_client, "openai-compatible",
                  "meta-llama/llama-3.1-70b-instruct")
registry.register("anthropic", factories.get_anthropic_client, "anthropic", "claude-3-5-sonnet-latest")
registry.register("cohere", factories.get_cohere_client, "cohere", "command-r-plus-08-2024")
registry.register("mistral", factories.get_mistral_client, "mistral", "mistral-small-latest")


def get_client(name: str) -> Any:
    return registry.client(name)
