"""Process-wide registry of LLM clients.

Filled by ``LLMClientHooks.after_context_created``; nodes that cannot take the clients as a
catalog input (e.g. because they are reused from notebooks) read them from here.
"""
from __future__ import annotations

import threading
from typing import Any, Iterator


class ClientNotRegisteredError(KeyError):
    pass


class ClientRegistry:
    def __init__(self) -> None:
        self._clients: dict[str, Any] = {}
        self._models: dict[str, str] = {}
        self._lock = threading.Lock()

    def register(self, name: str, client: Any, default_model: str | None = None) -> None:
        with self._lock:
            self._clients[name] = client
            if default_model:
                self._models[name] = default_model

    def get(self, name: str) -> Any:
        try:
            return self._clients[name]
        except KeyError as exc:
            raise ClientNotRegisteredError(
                f"LLM client {name!r} not registered - is LLMClientHooks enabled in settings.py?"
            ) from exc

    def default_model(self, name: str, fallback: str | None = None) -> str | None:
        return self._models.get(name, fallback)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._clients)

    def clear(self) -> None:
        with self._lock:
            self._clients.clear()
            self._models.clear()

    def __contains__(self, name: object) -> bool:
        return name in self._clients

    def __iter__(self) -> Iterator[str]:
        return iter(self._clients)


clients = ClientRegistry()
