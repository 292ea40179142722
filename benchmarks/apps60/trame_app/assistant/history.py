"""Conversation history, persisted in sqlite so sessions survive a reload."""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session TEXT NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    provider TEXT,
    created REAL NOT NULL
)
"""


@dataclass
class Turn:
    session: str
    role: str
    content: str
    provider: str | None = None


class TurnRepository:
    def __init__(self, path: str | Path = "./logs/history.sqlite"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._conn.execute(SCHEMA)

    def create(self, turn: Turn) -> int:
        cur = self._conn.execute(
            "INSERT INTO turns (session, role, content, provider, created) VALUES (?, ?, ?, ?, ?)",
            (turn.session, turn.role, turn.content, turn.provider, time.time()),
        )
        self._conn.commit()
        return cur.lastrowid

    def for_session(self, session: str, limit: int = 40) -> list[Turn]:
        rows = self._conn.execute(
            "SELECT session, role, content, provider FROM turns WHERE session = ? "
            "ORDER BY id DESC LIMIT ?",
            (session, limit),
        ).fetchall()
        return [Turn(*row) for row in reversed(rows)]

    def clear(self, session: str) -> None:
        self._conn.execute("DELETE FROM turns WHERE session = ?", (session,))
        self._conn.commit()


def to_messages(turns: list[Turn]) -> list[dict]:
    return [{"role": t.role, "content": t.content} for t in turns]
