"""Provider registry: maps a provider name (as shown in the model picker) to
a client and the models we allow on it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from lab.backend import clients
from lab.config import get_settings


@dataclass
class ProviderEntry:
    name: str
    factory: Callable[[], Any]
    models: list[str]
    kind: str = "openai"  # "openai" wire format or "anthropic"
    supports_vision: bool = False
    _client: Any = field(default=None, repr=False)

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self.factory()
        return self._client

    @property
    def default_model(self) -> str:
        return self.models[0]


class ProviderRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, ProviderEntry] = {}

    def register(self, entry: ProviderEntry) -> None:
        self._entries[entry.name] = entry

    def get(self, name: str) -> ProviderEntry:
        try:
            return self._entries[name]
        except KeyError:
            raise KeyError(f"unknown provider {name!r}; have {sorted(self._entries)}") from None

    def names(self) -> list[str]:
        return sorted(self._entries)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def client_for(self, name: str) -> Any:
        return self.get(name).client


def _build_default() -> ProviderRegistry:
    s = get_settings()
    reg = ProviderRegistry()
    reg.register(ProviderEntry("openai", clients.get_openai_client,
                               [s.openai.default_model, "gpt-4o", "gpt-4.1-mini"], supports_vision=True))
    reg.register(ProviderEntry("anthropic", clients.get_anthropic_client,
                               [s.anthropic.default_model, "claude-3-5-haiku-latest"], kind="anthropic",
                               supports_vision=True))
    reg.register(ProviderEntry("groq", clients.get_groq_client,
                               [s.groq.default_model, "llama-3.1-8b-instant"]))
    reg.register(ProviderEntry("together", clients.get_together_client,
                               [s.together.default_model, "Qwen/Qwen2.5-72B-Instruct-Turbo"]))
    reg.register(ProviderEntry("fireworks", clients.get_fireworks_client,
                               [s.fireworks.default_model]))
    return reg


registry = _build_default()
