"""On-disk response cache keyed by (model, messages, params).

Wrapping a model in :class:`CachedModel` makes re-running a sweep after a crash cheap.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Sequence

from .models.base import BaseModel, GenerationResult, Message

log = logging.getLogger(__name__)


def _key(model_name: str, prompt: Any, params: dict[str, Any]) -> str:
    blob = json.dumps({"m": model_name, "p": prompt, "k": params}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class ResponseCache:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False)
        self._conn.execute("CREATE TABLE IF NOT EXISTS cache (k TEXT PRIMARY KEY, v TEXT)")
        self._conn.commit()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute("SELECT v FROM cache WHERE k = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put(self, key: str, value: dict[str, Any]) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO cache (k, v) VALUES (?, ?)", (key, json.dumps(value)))
            self._conn.commit()

    def close(self) -> None:
        self._conn.close()


class CachedModel(BaseModel):
    """Decorator-style wrapper; delegates to ``inner.generate`` on a miss."""

    def __init__(self, inner: BaseModel, cache: ResponseCache) -> None:
        super().__init__(inner.model_name, inner.temperature, inner.max_tokens, inner.system_prompt)
        self.inner = inner
        self.cache = cache
        self.provider = inner.provider

    def generate(self, prompt: str | Sequence[Message], **kwargs: Any) -> GenerationResult:
        key = _key(self.inner.name, prompt, {"t": self.temperature, "mt": self.max_tokens, **kwargs})
        hit = self.cache.get(key)
        if hit is not None:
            return GenerationResult(**hit)
        result = self.inner.generate(prompt, **kwargs)
        self.cache.put(key, result.to_dict())
        return result


def cache_stats(path: str | Path) -> dict[str, Any]:
    conn = sqlite3.connect(str(Path(path).expanduser()))
    try:
        (n,) = conn.execute("SELECT COUNT(*) FROM cache").fetchone()
        size = Path(path).expanduser().stat().st_size
    finally:
        conn.close()
    return {"entries": n, "bytes": size}


def purge_model(path: str | Path, model_name: str) -> int:
    """Drop every cached response whose stored ``model`` matches (after a provider-side update)."""
    conn = sqlite3.connect(str(Path(path).expanduser()))
    removed = 0
    try:
        rows = conn.execute("SELECT k, v FROM cache").fetchall()
        for k, v in rows:
            if json.loads(v).get("model") == model_name:
                conn.execute("DELETE FROM cache WHERE k = ?", (k,))
                removed += 1
        conn.commit()
    finally:
        conn.close()
    log.info("purged %d cached responses for %s", removed, model_name)
    return removed
