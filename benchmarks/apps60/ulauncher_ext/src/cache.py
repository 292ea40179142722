"""Tiny TTL cache for answers so repeated keystrokes don't re-bill.

Keys are (provider, model, prompt) hashes. Stored in memory only.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from typing import Optional, Tuple

DEFAULT_TTL = 15 * 60


class AnswerCache:
    def __init__(self, max_items: int = 128, ttl: float = DEFAULT_TTL):
        self.max_items = max_items
        self.ttl = ttl
        self._data: "OrderedDict[str, Tuple[float, str]]" = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(provider: str, model: str, prompt: str) -> str:
        h = hashlib.sha256()
        for part in (provider, model, prompt):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, key: str) -> Optional[str]:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            ts, value = item
            if time.time() - ts > self.ttl:
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return value

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._data[key] = (time.time(), value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_items:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


answer_cache = AnswerCache()
