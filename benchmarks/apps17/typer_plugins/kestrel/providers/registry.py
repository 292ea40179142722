"""Name -> backend registry. Plugins may register extra backends at load time."""
from __future__ import annotations

import threading
from typing import Callable, Dict, List

from kestrel.errors import BackendNotFound

_factories: Dict[str, Callable[[], object]] = {}
_instances: Dict[str, object] = {}
_lock = threading.Lock()


def register_backend(name: str, factory: Callable[[], object], *, replace: bool = False) -> None:
    with _lock:
        if name in _factories and not replace:
            raise ValueError(f"backend {name!r} already registered")
        _factories[name] = factory
        _instances.pop(name, None)


def _ensure_builtins() -> None:
    if _factories:
        return
    from kestrel.providers.backends import BUILTIN_BACKENDS

    for cls in BUILTIN_BACKENDS:
        _factories.setdefault(cls.name, cls)


def get_backend(name: str):
    _ensure_builtins()
    with _lock:
        if name not in _instances:
            try:
                factory = _factories[name]
            except KeyError:
                raise BackendNotFound(name) from None
            _instances[name] = factory()
        return _instances[name]


def available_backends() -> List[str]:
    _ensure_builtins()
    return sorted(_factories)
