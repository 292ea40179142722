"""Conversation history kept in SQLite."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    created REAL NOT NULL
);
"""


@dataclass
class Conversation:
    id: int
    title: str
    provider: str
    created: float


class ConversationStore:
    def __init__(self, path: Path | str) -> None:
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.executescript(SCHEMA)

    def create(self, title: str, provider: str) -> Conversation:
        now = time.time()
        cur = self._db.execute(
            "INSERT INTO conversations (title, provider, created) VALUES (?, ?, ?)",
            (title, provider, now),
        )
        self._db.commit()
        return Conversation(cur.lastrowid, title, provider, now)

    def rename(self, conversation_id: int, title: str) -> None:
        self._db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id))
        self._db.commit()

    def append(self, conversation_id: int, role: str, content: str) -> None:
        self._db.execute(
            "INSERT INTO messages (conversation_id, role, content, created) VALUES (?, ?, ?, ?)",
            (conversation_id, role, content, time.time()),
        )
        self._db.commit()

    def messages(self, conversation_id: int) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT role, content FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        return list(rows)

    def recent(self, limit: int = 20) -> list[Conversation]:
        rows = self._db.execute(
            "SELECT id, title, provider, created FROM conversations ORDER BY created DESC LIMIT ?",
            (limit,),
        )
        return [Conversation(*row) for row in rows]

    def clear(self) -> None:
        self._db.executescript("DELETE FROM messages; DELETE FROM conversations;")
        self._db.commit()

    def close(self) -> None:
        self._db.close()
