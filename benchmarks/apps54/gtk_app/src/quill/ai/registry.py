"""Backend registry: maps a provider name from GSettings to a live Backend."""

from __future__ import annotations

import logging
import threading
from typing import Callable

from quill.ai.backends import BACKEND_CLASSES, Backend

log = logging.getLogger(__name__)


class UnknownBackendError(KeyError):
    pass


class BackendRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[..., Backend]] = dict(BACKEND_CLASSES)
        self._instances: dict[tuple[str, str | None], Backend] = {}
        self._lock = threading.Lock()

    def register(self, name: str, factory: Callable[..., Backend]) -> None:
        self._factories[name] = factory
        # drop cached instances so the new factory is used
        with self._lock:
            for key in [k for k in self._instances if k[0] == name]:
                del self._instances[key]

    def names(self) -> list[str]:
        return sorted(self._factories)

    def get(self, name: str, model: str | None = None, **kwargs) -> Backend:
        key = (name, model)
        with self._lock:
            if key not in self._instances:
                try:
                    factory = self._factories[name]
                except KeyError:
                    raise UnknownBackendError(name) from None
                log.info("creating backend %s (model=%s)", name, model)
                self._instances[key] = factory(model=model, **kwargs)
            return self._instances[key]

    def clear(self) -> None:
        with self._lock:
            self._instances.clear()


default_registry = BackendRegistry()
