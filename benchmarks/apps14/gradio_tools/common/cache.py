"""Disk cache for expensive tool results (keyed on inputs + prompt version)."""
from __future__ import annotations

import functools
import hashlib
import json
from typing import Any, Callable

import diskcache

from common.prompts import PROMPT_VERSION
from common.settings import get_settings

_cache = None


def get_cache() -> diskcache.Cache:
    global _cache
    if _cache is None:
        _cache = diskcache.Cache(get_settings().cache_dir, size_limit=2 * 1024 ** 3)
    return _cache


def make_key(namespace: str, *parts: Any) -> str:
    raw = json.dumps([namespace, PROMPT_VERSION, *parts], sort_keys=True, default=str)
    return f"{namespace}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cached(namespace: str, ttl: int = 7 * 24 * 3600) -> Callable:
    """Memoise a pure-ish function on disk. Only for results that are safe to share across users."""

    def decorator(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = make_key(namespace, args, kwargs)
            cache = get_cache()
            hit = cache.get(key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            cache.set(key, value, expire=ttl)
            return value

        wrapper.cache_clear = lambda: get_cache().evict(namespace)  # type: ignore[attr-defined]
        return wrapper

    return decorator
