"""Tiny sqlite cache keyed by revision id, so reruns do not re-bill."""
from __future__ import annotations

import json
import os
import sqlite3
import time


class ResponseCache:

    def __init__(self, path: str, ttl: int = 30 * 86400) -> None:
        os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
        self.conn = sqlite3.connect(path)
        self.ttl = ttl
        self.conn.execute(
            'CREATE TABLE IF NOT EXISTS cache '
            '(key TEXT PRIMARY KEY, value TEXT, created REAL)')

    def get(self, key: str) -> str | None:
        row = self.conn.execute(
            'SELECT value, created FROM cache WHERE key = ?', (key,)
        ).fetchone()
        if not row or time.time() - row[1] > self.ttl:
            return None
        return row[0]

    def set(self, key: str, value: str) -> None:
        self.conn.execute(
            'INSERT OR REPLACE INTO cache VALUES (?, ?, ?)',
            (key, value, time.time()))
        self.conn.commit()

    def get_json(self, key: str):
        raw = self.get(key)
        return json.loads(raw) if raw else None

    def set_json(self, key: str, value) -> None:
        self.set(key, json.dumps(value))

    def close(self) -> None:
        self.conn.close()
