"""Provider registry: maps a provider name to a lazily-built SDK client."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from llmtool.providers.anthropic_provider import make_anthropic_client
from llmtool.providers.cohere_provider import get_cohere_client
from llmtool.providers.openai_provider import make_openai_client
from llmtool.providers.together_provider import get_together_client


@dataclass
class ProviderRegistry:
    factories: dict[str, Callable[[], Any]] = field(default_factory=dict)
    _clients: dict[str, Any] = field(default_factory=dict)

    def register(self, name: str, factory: Callable[[], Any]) -> None:
        self.factories[name] = factory
        self._clients.pop(name, None)

    def get(self, name: str) -> Any:
        if name not in self._clients:
            try:
                factory = self.factories[name]
            except KeyError:
                raise LookupError(f"unknown provider {name!r}; known: {sorted(self.factories)}") from None
            self._clients[name] = factory()
        return self._clients[name]

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def names(self) -> list[str]:
        return sorted(self.factories)


def default_registry() -> ProviderRegistry:
    registry = ProviderRegistry()
    registry.register("openai", make_openai_client)
    registry.register("anthropic", make_anthropic_client)
    registry.register("cohere", get_cohere_client)
    registry.register("together", get_together_client)
    return registry
