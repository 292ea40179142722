"""SQLite-backed response cache.

Generations are keyed on everything that can change the output (adapter, model, prompt,
sampling params). Judge verdicts use the same store under a different namespace.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Optional, TypeVar

from evalharness.config import DEFAULT_CACHE_DIR
from evalharness.types import Completion, Prompt

logger = logging.getLogger(__name__)

T = TypeVar("T")


def cache_key(namespace: str, payload: Any) -> str:
    blob = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return f"{namespace}:{hashlib.sha256(blob.encode('utf-8')).hexdigest()}"


def generation_key(adapter: str, model: str, prompt: Prompt, params: Dict[str, Any]) -> str:
    return cache_key(
        "gen",
        {
            "adapter": adapter,
            "model": model,
            "system": prompt.system,
            "messages": [(m.role, m.content) for m in prompt.messages],
            "max_tokens": prompt.max_tokens,
            "temperature": prompt.temperature,
            "stop": prompt.stop,
            "params": params,
        },
    )


class DiskCache:
    def __init__(self, path: Optional[Path] = None, enabled: bool = True):
        self.path = Path(path or DEFAULT_CACHE_DIR / "responses.sqlite")
        self.enabled = enabled
        self._local = threading.local()
        self.hits = 0
        self.misses = 0
        if enabled:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._conn() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT, created REAL)"
                )

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            self._local.conn = conn
        return conn

    def get(self, key: str) -> Optional[Any]:
        if not self.enabled:
            return None
        row = self._conn().execute("SELECT value FROM cache WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        if not self.enabled:
            return
        with self._conn() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO cache (key, value, created) VALUES (?, ?, ?)",
                (key, json.dumps(value, default=str), time.time()),
            )

    def get_or_set(self, key: str, compute: Callable[[], T]) -> T:
        hit = self.get(key)
        if hit is not None:
            return hit
        value = compute()
        self.set(key, value)
        return value

    # --- completions -------------------------------------------------------------------

    def get_completion(self, key: str) -> Optional[Completion]:
        row = self.get(key)
        if row is None:
            return None
        return Completion(
            text=row["text"],
            model=row["model"],
            input_tokens=row.get("input_tokens", 0),
            output_tokens=row.get("output_tokens", 0),
            latency_s=row.get("latency_s", 0.0),
            finish_reason=row.get("finish_reason"),
            extra=row.get("extra") or {},
            cached=True,
        )

    def set_completion(self, key: str, completion: Completion) -> None:
        self.set(key, completion.to_dict())

    def stats(self) -> Dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}
