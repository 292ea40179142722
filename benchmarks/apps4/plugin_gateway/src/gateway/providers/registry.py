"""Name -> provider class registry.

Provider modules decorate their class with ``@register("vendor")``; the routers only
ever deal in names. Instances are cached: SDK clients hold connection pools.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Callable, Dict, List, Type, TypeVar

from gateway.errors import UnknownProviderError

if TYPE_CHECKING:
    from gateway.providers.base import BaseProvider

log = logging.getLogger(__name__)

P = TypeVar("P", bound="Type[BaseProvider]")

_CLASSES: Dict[str, "Type[BaseProvider]"] = {}
_INSTANCES: Dict[str, "BaseProvider"] = {}
_LOCK = threading.Lock()


def register(name: str) -> Callable[[P], P]:
    def decorator(cls: P) -> P:
        if name in _CLASSES and _CLASSES[name] is not cls:
            raise RuntimeError(f"provider {name!r} registered twice ({_CLASSES[name]} and {cls})")
        cls.name = name
        _CLASSES[name] = cls
        log.debug("registered provider %s -> %s", name, cls.__qualname__)
        return cls

    return decorator


def get_provider(name: str) -> "BaseProvider":
    try:
        return _INSTANCES[name]
    except KeyError:
        pass
    with _LOCK:
        if name not in _INSTANCES:
            cls = _CLASSES.get(name)
            if cls is None:
                raise UnknownProviderError(
                    f"no provider named {name!r}", details={"known": sorted(_CLASSES)}
                )
            _INSTANCES[name] = cls()
        return _INSTANCES[name]


def available() -> List[str]:
    return sorted(_CLASSES)


def reset() -> None:
    """Drop cached instances (tests, key rotation)."""
    with _LOCK:
        _INSTANCES.clear()
