"""A tiny sqlite cache for generated text, stored in the add-on's user_files."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from typing import Any, Optional

_SCHEMA = """
create table if not exists gen_cache (
    key text primary key,
    value text not null,
    created real not null
)
"""


def user_files_dir() -> str:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(here, "user_files")
    os.makedirs(path, exist_ok=True)
    return path


def make_key(*parts: Any) -> str:
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, path: str, ttl_days: int = 30) -> None:
        self.path = path
        self.ttl = ttl_days * 86400
        self._lock = threading.Lock()
        self._conn: Optional[sqlite3.Connection] = None

    @classmethod
    def create(cls, ttl_days: int = 30) -> "ResponseCache":
        cache = cls(os.path.join(user_files_dir(), "cache.sqlite3"), ttl_days)
        cache._connect()
        return cache

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.execute(_SCHEMA)
        return self._conn

    def get(self, key: str) -> Optional[str]:
        with self._lock:
            row = self._connect().execute(
                "select value, created from gen_cache where key = ?", (key,)
            ).fetchone()
        if not row:
            return None
        value, created = row
        if time.time() - created > self.ttl:
            self.delete(key)
            return None
        return value

    def set(self, key: str, value: str) -> None:
        with self._lock:
            conn = self._connect()
            conn.execute(
                "insert or replace into gen_cache(key, value, created) values (?, ?, ?)",
                (key, value, time.time()),
            )
            conn.commit()

    def delete(self, key: str) -> None:
        with self._lock:
            conn = self._connect()
            conn.execute("delete from gen_cache where key = ?", (key,))
            conn.commit()

    def clear(self) -> int:
        with self._lock:
            conn = self._connect()
            cur = conn.execute("delete from gen_cache")
            conn.commit()
            return cur.rowcount


_cache: Optional[ResponseCache] = None


def get_cache() -> ResponseCache:
    global _cache
    if _cache is None:
        from .config import get

        _cache = ResponseCache.create(ttl_days=int(get("cache_ttl_days", 30)))
    return _cache


def cached(namespace: str):
    """Decorator caching a text-returning function on its arguments."""

    def deco(fn):
        def wrapper(*args, **kwargs):
            key = make_key(namespace, args, kwargs)
            hit = get_cache().get(key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            if value:
                get_cache().set(key, value)
            return value

        wrapper.__wrapped__ = fn
        wrapper.__name__ = fn.__name__
        return wrapper

    return deco
