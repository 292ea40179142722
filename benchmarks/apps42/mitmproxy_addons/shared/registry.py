"""A tiny provider registry so addons can pick a backend by option value."""
from __future__ import annotations

import threading
from typing import Any, Callable

from shared import clients


class ProviderRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], Any]] = {}
        self._instances: dict[str, Any] = {}
        self._lock = threading.Lock()

    def register(self, name: str, factory: Callable[[], Any]) -> None:
        self._factories[name] = factory
        self._instances.pop(name, None)

    def get(self, name: str) -> Any:
        with self._lock:
            if name not in self._instances:
                try:
                    factory = self._factories[name]
                except KeyError:
                    raise KeyError(f"unknown LLM provider {name!r}; "
                                   f"known: {sorted(self._factories)}") from None
                self._instances[name] = factory()
            return self._instances[name]

    def reset(self) -> None:
        with self._lock:
            self._instances.clear()

    def names(self) -> list[str]:
        return sorted(self._factories)


registry = ProviderRegistry()
registry.register("openai", clients.make_openai_client)
registry.register("groq", clients.make_groq_client)
registry.register("deepseek", clients.make_deepseek_client)

# model defaults per backend; the registry hands out OpenAI-shaped clients only
DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "groq": "llama-3.1-8b-instant",
    "deepseek": "deepseek-chat",
}
