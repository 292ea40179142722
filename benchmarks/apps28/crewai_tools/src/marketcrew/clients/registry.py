"""Named client registry.

Tools look clients up by provider name so we can swap a provider (or inject a fake) without
touching the tool. Factories are resolved lazily on first use.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from marketcrew.clients import providers


class ProviderRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], Any]] = {}
        self._instances: dict[str, Any] = {}
        self._lock = threading.Lock()

    def register(self, name: str, factory: Callable[[], Any], *, replace: bool = False) -> None:
        if name in self._factories and not replace:
            raise ValueError(f"provider {name!r} already registered")
        self._factories[name] = factory
        self._instances.pop(name, None)

    def override(self, name: str, instance: Any) -> None:
        with self._lock:
            self._instances[name] = instance

    def get(self, name: str) -> Any:
        if name in self._instances:
            return self._instances[name]
        with self._lock:
            if name not in self._instances:
                try:
                    factory = self._factories[name]
                except KeyError:
                    raise KeyError(f"unknown provider {name!r}; known: {sorted(self._factories)}") from None
                self._instances[name] = factory()
            return self._instances[name]

    def names(self) -> list[str]:
        return sorted(self._factories)

    def clear(self) -> None:
        with self._lock:
            self._instances.clear()


registry = ProviderRegistry()
registry.register("openai", providers.get_openai)
registry.register("openai_async", providers.get_async_openai)
registry.register("anthropic", providers.get_anthropic)
registry.register("gemini", providers.get_genai)
registry.register("xai", providers.get_xai)
registry.register("cerebras", providers.get_cerebras)
registry.register("voyage", providers.get_voyage)
