"""SQLite-backed incident store."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from typing import Any


class IncidentStore:
    def __init__(self, path: str) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS incidents ("
            "id INTEGER PRIMARY KEY, kind TEXT, subject TEXT, body TEXT, meta TEXT, ts REAL)"
        )

    def create(self, kind: str, subject: str, body: str, meta: dict[str, Any] | None = None) -> int:
        with self._lock, self._conn:
            cur = self._conn.execute(
                "INSERT INTO incidents(kind, subject, body, meta, ts) VALUES (?,?,?,?,?)",
                (kind, subject, body, json.dumps(meta or {}), time.time()),
            )
            return int(cur.lastrowid)

    def recent(self, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        sql = "SELECT id, kind, subject, body, meta, ts FROM incidents"
        args: tuple = ()
        if kind:
            sql += " WHERE kind = ?"
            args = (kind,)
        sql += " ORDER BY ts DESC LIMIT ?"
        with self._lock:
            rows = self._conn.execute(sql, args + (limit,)).fetchall()
        return [
            {"id": r[0], "kind": r[1], "subject": r[2], "body": r[3], "meta": json.loads(r[4]), "ts": r[5]}
            for r in rows
        ]

    def close(self) -> None:
        self._conn.close()
