"""A tiny TTL cache used for expensive prompt results within a session."""
from __future__ import annotations

import hashlib
import json
import time
from typing import Any, Callable


class TTLCache:
    def __init__(self, ttl_seconds: float = 900, max_items: int = 256):
        self.ttl = ttl_seconds
        self.max_items = max_items
        self._data: dict[str, tuple[float, Any]] = {}

    @staticmethod
    def key(*parts: Any) -> str:
        raw = json.dumps(parts, sort_keys=True, default=str)
        return hashlib.sha1(raw.encode()).hexdigest()

    def get(self, key: str) -> Any | None:
        hit = self._data.get(key)
        if not hit:
            return None
        ts, value = hit
        if time.monotonic() - ts > self.ttl:
            self._data.pop(key, None)
            return None
        return value

    def set(self, key: str, value: Any) -> None:
        if len(self._data) >= self.max_items:
            oldest = min(self._data, key=lambda k: self._data[k][0])
            self._data.pop(oldest, None)
        self._data[key] = (time.monotonic(), value)

    def get_or_create(self, key: str, factory: Callable[[], Any]) -> Any:
        value = self.get(key)
        if value is None:
            value = factory()
            self.set(key, value)
        return value


prompt_cache = TTLCache()
