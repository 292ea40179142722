"""Small sqlite-backed response cache so re-runs over the same dataset are cheap."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def make_key(*parts: Any) -> str:
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, directory: Path, namespace: str = "default", ttl: float | None = None):
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"{namespace}.sqlite3"
        self.ttl = ttl
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT, created REAL)"
        )
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT value, created FROM responses WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            self.misses += 1
            return None
        value, created = row
        if self.ttl is not None and time.time() - created > self.ttl:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(value)

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (key, value, created) VALUES (?, ?, ?)",
                (key, json.dumps(value, ensure_ascii=False), time.time()),
            )
            self._conn.commit()

    def get_or_compute(self, key: str, compute: Callable[[], T]) -> T:
        cached = self.get(key)
        if cached is not None:
            return cached
        value = compute()
        self.set(key, value)
        return value

    def clear(self) -> int:
        with self._lock:
            cur = self._conn.execute("DELETE FROM responses")
            self._conn.commit()
            return cur.rowcount

    def stats(self) -> dict[str, int]:
        with self._lock:
            (n,) = self._conn.execute("SELECT COUNT(*) FROM responses").fetchone()
        return {"entries": n, "hits": self.hits, "misses": self.misses}

    def close(self) -> None:
        self._conn.close()


class NullCache(ResponseCache):
    """Used with --no-cache."""

    def __init__(self) -> None:  # noqa: D107 - deliberately no sqlite
        self.hits = self.misses = 0

    def get(self, key: str) -> Any | None:
        self.misses += 1
        return None

    def set(self, key: str, value: Any) -> None:
        return None

    def clear(self) -> int:
        return 0

    def stats(self) -> dict[str, int]:
        return {"entries": 0, "hits": 0, "misses": self.misses}

    def close(self) -> None:
        return None
