"""Tiny content-addressed disk cache for LLM outputs.

Keys are sha256 of (namespace, model, prompt); values are JSON.  The cache dir
is committed to the CI artifact store so that a rebuild of an unchanged article
costs nothing.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

log = logging.getLogger(__name__)

_CACHES: dict[str, "DiskCache"] = {}


class DiskCache:
    def __init__(self, root: str | os.PathLike, namespace: str, ttl_days: int = 90):
        self.root = Path(root) / namespace
        self.namespace = namespace
        self.ttl = ttl_days * 86400
        self.hits = 0
        self.misses = 0

    @classmethod
    def create(cls, root: str, namespace: str, ttl_days: int = 90) -> "DiskCache":
        cache = cls(root, namespace, ttl_days)
        cache.root.mkdir(parents=True, exist_ok=True)
        return cache

    @staticmethod
    def key(*parts: Any) -> str:
        h = hashlib.sha256()
        for part in parts:
            h.update(json.dumps(part, sort_keys=True, default=str).encode())
            h.update(b"\x00")
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[Any]:
        path = self._path(key)
        try:
            stat = path.stat()
        except FileNotFoundError:
            self.misses += 1
            return None
        if self.ttl and time.time() - stat.st_mtime > self.ttl:
            self.misses += 1
            return None
        self.hits += 1
        with path.open() as fh:
            return json.load(fh)["value"]

    def set(self, key: str, value: Any) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w") as fh:
            json.dump({"value": value, "ts": time.time()}, fh)
        os.replace(tmp, path)

    def memoize(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            k = self.key(fn.__qualname__, args, kwargs)
            hit = self.get(k)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            self.set(k, value)
            return value

        return wrapper

    def stats(self) -> str:
        return f"{self.namespace}: {self.hits} hits / {self.misses} misses"


def cache_for(settings: Mapping[str, Any], namespace: str) -> DiskCache:
    root = settings.get("LLM_CACHE_DIR", ".llm-cache")
    ttl = settings.get("LLM_CACHE_TTL_DAYS", 90)
    ck = f"{root}:{namespace}"
    if ck not in _CACHES:
        _CACHES[ck] = DiskCache.create(root, namespace, ttl)
    return _CACHES[ck]


def all_caches() -> list[DiskCache]:
    return list(_CACHES.values())
