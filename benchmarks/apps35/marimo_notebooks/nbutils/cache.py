"""Tiny disk cache for expensive notebook steps.

mo.cache only memoises within a session; this survives kernel restarts.
"""
from __future__ import annotations

import hashlib
import json
import pickle
from functools import wraps
from pathlib import Path
from typing import Any, Callable

from nbutils.config import settings


def _key(fn: Callable, args: tuple, kwargs: dict) -> str:
    payload = json.dumps([fn.__module__, fn.__qualname__, repr(args), repr(sorted(kwargs.items()))])
    return hashlib.sha256(payload.encode()).hexdigest()[:24]


def disk_cache(fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        path: Path = settings.cache_dir / f"{_key(fn, args, kwargs)}.pkl"
        if path.exists():
            return pickle.loads(path.read_bytes())
        value = fn(*args, **kwargs)
        path.write_bytes(pickle.dumps(value))
        return value

    return wrapper


class KeyGenerator:
    """Stable ids for cached artefacts (not an LLM thing, despite the name)."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self._n = 0

    def generate(self) -> str:
        self._n += 1
        return f"{self.prefix}-{self._n:05d}"
