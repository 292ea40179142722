"""Tiny provider registry: ``@register("name")`` on a BaseProvider subclass."""
from __future__ import annotations

import logging
import threading
from typing import Callable, TypeVar

from claimsdoc.providers.base import BaseProvider

log = logging.getLogger(__name__)

T = TypeVar("T", bound=type[BaseProvider])

_FACTORIES: dict[str, type[BaseProvider]] = {}
_INSTANCES: dict[str, BaseProvider] = {}
_lock = threading.Lock()


def register(name: str) -> Callable[[T], T]:
    def deco(cls: T) -> T:
        if name in _FACTORIES:
            log.warning("provider %s registered twice (%s, %s)", name, _FACTORIES[name], cls)
        cls.name = name
        _FACTORIES[name] = cls
        return cls

    return deco


def get_provider(name: str) -> BaseProvider:
    with _lock:
        inst = _INSTANCES.get(name)
        if inst is None:
            try:
                factory = _FACTORIES[name]
            except KeyError:
                raise LookupError(f"unknown provider {name!r}; have {sorted(_FACTORIES)}") from None
            inst = factory()
            _INSTANCES[name] = inst
        return inst


def override(name: str, provider: BaseProvider) -> None:
    """Tests use this to swap in fakes."""
    with _lock:
        _INSTANCES[name] = provider


def clear() -> None:
    with _lock:
        _INSTANCES.clear()


def available() -> list[str]:
    return sorted(_FACTORIES)
