"""Local history of questions and answers (sqlite)."""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Entry:
    id: int
    kind: str
    prompt: str
    completion: str
    backend: str
    created: float


class HistoryStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, kind TEXT,"
            " prompt TEXT, completion TEXT, backend TEXT, created REAL)"
        )

    def create(self, kind: str, prompt: str, completion: str, backend: str) -> Entry:
        now = time.time()
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO history (kind, prompt, completion, backend, created) VALUES (?,?,?,?,?)",
                (kind, prompt, completion, backend, now),
            )
            self._conn.commit()
        return Entry(cur.lastrowid, kind, prompt, completion, backend, now)

    def recent(self, limit: int = 20) -> list[Entry]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, kind, prompt, completion, backend, created FROM history"
                " ORDER BY created DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [Entry(*row) for row in rows]

    def purge(self, older_than_days: int = 30) -> int:
        cutoff = time.time() - older_than_days * 86400
        with self._lock:
            cur = self._conn.execute("DELETE FROM history WHERE created < ?", (cutoff,))
            self._conn.commit()
        return cur.rowcount
