"""SQLite-backed conversation history, keyed by (channel, nick)."""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import List

SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    nick TEXT NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    backend TEXT,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_conv ON turns (channel, nick, created);
"""


@dataclass
class Turn:
    role: str
    content: str

    def as_message(self) -> dict:
        return {"role": self.role, "content": self.content}


class ConversationStore:
    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False)

    def create(self) -> None:
        """Create the schema (idempotent)."""
        with self._lock:
            self._conn.executescript(SCHEMA)
            self._conn.commit()

    def append(self, channel: str, nick: str, role: str, content: str, backend: str = None) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO turns (channel, nick, role, content, backend, created) VALUES (?, ?, ?, ?, ?, ?)",
                (str(channel).lower(), str(nick).lower(), role, content, backend, time.time()),
            )
            self._conn.commit()

    def history(self, channel: str, nick: str, turns: int = 6) -> List[Turn]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT role, content FROM turns WHERE channel = ? AND nick = ? "
                "ORDER BY created DESC LIMIT ?",
                (str(channel).lower(), str(nick).lower(), turns * 2),
            ).fetchall()
        return [Turn(role, content) for role, content in reversed(rows)]

    def clear(self, channel: str, nick: str) -> int:
        with self._lock:
            cur = self._conn.execute(
                "DELETE FROM turns WHERE channel = ? AND nick = ?",
                (str(channel).lower(), str(nick).lower()),
            )
            self._conn.commit()
            return cur.rowcount

    def prune(self, older_than_days: int = 30) -> int:
        cutoff = time.time() - older_than_days * 86400
        with self._lock:
            cur = self._conn.execute("DELETE FROM turns WHERE created < ?", (cutoff,))
            self._conn.commit()
            return cur.rowcount

    def dump(self):
        with self._lock:
            return self._conn.execute(
                "SELECT channel, nick, role, content, backend, created FROM turns ORDER BY id"
            ).fetchall()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
