"""On-disk response cache keyed by prompt hash."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

CACHE_DB = Path("~/.querysh/cache.sqlite").expanduser()


class CacheKey:
    @staticmethod
    def generate(provider: str, model: str, prompt: str, **params) -> str:
        payload = json.dumps({"p": provider, "m": model, "q": prompt, **params}, sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()


class ResponseCache:
    def __init__(self, path: Path = CACHE_DB, ttl_s: int = 7 * 24 * 3600) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path)
        self.ttl_s = ttl_s
        self.conn.execute("CREATE TABLE IF NOT EXISTS cache (k TEXT PRIMARY KEY, v TEXT, ts REAL)")

    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT v, ts FROM cache WHERE k = ?", (key,)).fetchone()
        if row and time.time() - row[1] < self.ttl_s:
            return row[0]
        return None

    def put(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO cache VALUES (?, ?, ?)", (key, value, time.time()))
        self.conn.commit()
