"""Content-addressed on-disk cache so unchanged pages are not re-summarised."""
from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def content_key(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


class DiskCache:
    def __init__(self, root: Path, namespace: str, ttl_days: int | None = 90) -> None:
        self.root = Path(root) / namespace
        self.root.mkdir(parents=True, exist_ok=True)
        self.ttl = ttl_days * 86400 if ttl_days else None
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        path = self._path(key)
        if not path.exists():
            self.misses += 1
            return None
        if self.ttl and time.time() - path.stat().st_mtime > self.ttl:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(path.read_text("utf-8"))["value"]

    def set(self, key: str, value: Any) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"value": value, "ts": time.time()}), "utf-8")

    def get_or_create(self, key: str, factory: Callable[[], T]) -> T:
        cached = self.get(key)
        if cached is not None:
            return cached
        value = factory()
        if value is not None:
            self.set(key, value)
        return value

    def stats(self) -> str:
        total = self.hits + self.misses
        rate = (self.hits / total * 100) if total else 0.0
        return f"{self.hits}/{total} cache hits ({rate:.0f}%)"

    def prune(self, max_age_days: int) -> int:
        """Delete entries older than ``max_age_days``; returns the number removed."""
        cutoff = time.time() - max_age_days * 86400
        removed = 0
        for path in self.root.rglob("*.json"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        log.info("pruned %d cache entries from %s", removed, self.root)
        return removed

    def clear(self) -> None:
        for path in self.root.rglob("*.json"):
            path.unlink(missing_ok=True)
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return sum(1 for _ in self.root.rglob("*.json"))
