"""Small on-disk + in-memory cache for completions.

Keyed on (provider, model, prompt hash).  Inline completion fires on every
keystroke pause, so a hit here saves a lot of round-trips.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import OrderedDict
from typing import Optional


class CompletionCache:
    def __init__(self, path: Optional[str] = None, max_entries: int = 512, ttl: float = 3600.0):
        self.path = path
        self.max_entries = max_entries
        self.ttl = ttl
        self._mem: "OrderedDict[str, tuple]" = OrderedDict()
        self._lock = threading.RLock()
        if path and os.path.exists(path):
            self._load()

    @classmethod
    def create(cls, cache_dir: Optional[str], name: str = "completions.json") -> "CompletionCache":
        if not cache_dir:
            return cls()
        os.makedirs(cache_dir, exist_ok=True)
        return cls(path=os.path.join(cache_dir, name))

    @staticmethod
    def make_key(provider: str, model: str, *parts: str) -> str:
        h = hashlib.sha256()
        for p in (provider, model) + parts:
            h.update((p or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def get(self, key: str) -> Optional[str]:
        with self._lock:
            item = self._mem.get(key)
            if item is None:
                return None
            value, stamp = item
            if time.time() - stamp > self.ttl:
                del self._mem[key]
                return None
            self._mem.move_to_end(key)
            return value

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._mem[key] = (value, time.time())
            self._mem.move_to_end(key)
            while len(self._mem) > self.max_entries:
                self._mem.popitem(last=False)

    def flush(self) -> None:
        if not self.path:
            return
        with self._lock:
            tmp = self.path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump({k: list(v) for k, v in self._mem.items()}, fh)
            os.replace(tmp, self.path)

    def _load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as fh:
                raw = json.load(fh)
        except (OSError, ValueError):
            return
        for k, (value, stamp) in raw.items():
            self._mem[k] = (value, stamp)

    def __len__(self) -> int:
        return len(self._mem)
