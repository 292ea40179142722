"""A deliberately small dependency-injection container.

Clients are built on first use and cached by name in :attr:`Container.clients`.
Services usually call :meth:`Container.warm` at startup so that configuration
errors surface before the first request.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Dict, Iterable, Mapping, Optional

from llmkit.clients import FACTORIES, Factory, make_async_anthropic, make_async_openai
from llmkit.config import Settings, get_settings
from llmkit.errors import BackendNotFound

if TYPE_CHECKING:  # pragma: no cover
    from llmkit.backends.base import BaseBackend

logger = logging.getLogger(__name__)


class Container:
    def __init__(self, settings: Optional[Settings] = None,
                 factories: Optional[Mapping[str, Factory]] = None) -> None:
        self.settings = settings or get_settings()
        self._factories: Dict[str, Factory] = dict(factories if factories is not None else FACTORIES)
        self.clients: Dict[str, Any] = {}
        self._async: Dict[str, Any] = {}
        self._backends: Dict[str, "BaseBackend"] = {}
        self._lock = threading.RLock()

    # -- sync clients -----------------------------------------------------
    def register(self, name: str, factory: Factory, *, replace: bool = False) -> None:
        with self._lock:
            if name in self._factories and not replace:
                raise ValueError(f"factory {name!r} already registered")
            self._factories[name] = factory
            self.clients.pop(name, None)

    def get(self, name: str) -> Any:
        client = self.clients.get(name)
        if client is not None:
            return client
        with self._lock:
            client = self.clients.get(name)
            if client is None:
                try:
                    factory = self._factories[name]
                except KeyError:
                    raise BackendNotFound(name) from None
                logger.debug("building %s client", name)
                client = factory(self.settings)
                self.clients[name] = client
        return client

    __getitem__ = get

    def warm(self, names: Iterable[str]) -> "Container":
        for name in names:
            self.get(name)
        return self

    # -- async clients ----------------------------------------------------
    @property
    def async_openai(self) -> Any:
        with self._lock:
            if "openai" not in self._async:
                self._async["openai"] = make_async_openai(self.settings)
            return self._async["openai"]

    @property
    def async_anthropic(self) -> Any:
        with self._lock:
            if "anthropic" not in self._async:
                self._async["anthropic"] = make_async_anthropic(self.settings)
            return self._async["anthropic"]

    # -- backends ---------------------------------------------------------
    def backend(self, name: str) -> "BaseBackend":
        from llmkit.backends import create_backend

        with self._lock:
            if name not in self._backends:
                self._backends[name] = create_backend(name, self)
            return self._backends[name]

    def close(self) -> None:
        for name, client in list(self.clients.items()):
            close = getattr(client, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # noqa: BLE001
                    logger.exception("error closing %s client", name)
        self.clients.clear()
        self._backends.clear()


_container: Optional[Container] = None
_container_lock = threading.Lock()


def get_container() -> Container:
    global _container
    if _container is None:
        with _container_lock:
            if _container is None:
                _container = Container()
    return _container


def set_container(container: Optional[Container]) -> None:
    """Swap the process-wide container (tests, scripts with custom settings)."""
    global _container
    with _container_lock:
        _container = container
