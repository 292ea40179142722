"""In-process response cache keyed on (backend, model, prompt hash)."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any


def cache_key(backend: str, model: str, messages: list[dict[str, str]], **params: Any) -> str:
    blob = json.dumps({"b": backend, "m": model, "msgs": messages, "p": params}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


class ResponseCache:
    def __init__(self, max_entries: int = 5000, ttl_s: float = 900.0) -> None:
        self._data: "OrderedDict[str, tuple[float, Any]]" = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.ttl_s = ttl_s
        self.hits = 0
        self.misses = 0

    @classmethod
    def create(cls, settings: dict[str, Any] | None = None) -> "ResponseCache":
        settings = settings or {}
        return cls(
            max_entries=int(settings.get("max_entries", 5000)),
            ttl_s=float(settings.get("ttl_s", 900.0)),
        )

    def get(self, key: str) -> Any | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                self.misses += 1
                return None
            ts, value = item
            if time.monotonic() - ts > self.ttl_s:
                del self._data[key]
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = (time.monotonic(), value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "size": len(self._data)}
