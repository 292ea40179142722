"""Provider registry: maps a provider name to a client factory plus metadata.

Workers ask the registry for "the translation provider" instead of hard-coding
a vendor, so ops can switch via TRANSLATE_PROVIDER.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from . import clients


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    kind: str  # "openai" | "anthropic" | "google" | "voyage"
    factory: Callable[[], Any]
    default_chat_model: str | None = None
    default_embed_model: str | None = None


class ProviderRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, ProviderSpec] = {}
        self._instances: dict[str, Any] = {}

    def register(self, spec: ProviderSpec) -> None:
        self._specs[spec.name] = spec
        self._instances.pop(spec.name, None)

    def spec(self, name: str) -> ProviderSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise KeyError(f"unknown provider {name!r}; known: {sorted(self._specs)}") from None

    def get(self, name: str) -> Any:
        if name not in self._instances:
            self._instances[name] = self.spec(name).factory()
        return self._instances[name]

    def names(self) -> list[str]:
        return sorted(self._specs)


registry = ProviderRegistry()
registry.register(ProviderSpec("openai", "openai", clients.get_openai_client,
                               default_chat_model="gpt-4o-mini",
                               default_embed_model="text-embedding-3-small"))
registry.register(ProviderSpec("xai", "openai", clients.get_xai_client,
                               default_chat_model="grok-2-latest"))
registry.register(ProviderSpec("anthropic", "anthropic", clients.get_anthropic_client,
                               default_chat_model="claude-3-5-haiku-latest"))
registry.register(ProviderSpec("google", "google", clients.get_genai_client,
                               default_chat_model="gemini-2.0-flash",
                               default_embed_model="text-embedding-004"))
registry.register(ProviderSpec("voyage", "voyage", clients.get_voyage_client,
                               default_embed_model="voyage-3"))
