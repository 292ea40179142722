"""Conversation history persisted in a local SQLite file."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import wx


def _db_path() -> Path:
    base = Path(wx.StandardPaths.Get().GetUserDataDir())
    base.mkdir(parents=True, exist_ok=True)
    return base / "history.sqlite3"


@dataclass
class Conversation:
    id: int
    title: str
    provider: str
    model: str
    messages: list[dict] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def add(self, role: str, content: str) -> None:
        self.messages.append({"role": role, "content": content})

    def as_messages(self, system: str | None = None, limit: int = 40) -> list[dict]:
        msgs = self.messages[-limit:]
        return ([{"role": "system", "content": system}] if system else []) + msgs


class HistoryStore:
    def __init__(self, path: Path | None = None):
        self._path = path or _db_path()
        self._conn = sqlite3.connect(str(self._path), check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS conversations ("
            "id INTEGER PRIMARY KEY, title TEXT, provider TEXT, model TEXT, "
            "messages TEXT, created REAL)"
        )

    def create(self, title: str, provider: str, model: str) -> Conversation:
        now = time.time()
        cur = self._conn.execute(
            "INSERT INTO conversations (title, provider, model, messages, created) VALUES (?,?,?,?,?)",
            (title, provider, model, "[]", now),
        )
        self._conn.commit()
        return Conversation(cur.lastrowid, title, provider, model, [], now)

    def save(self, conv: Conversation) -> None:
        self._conn.execute(
            "UPDATE conversations SET title=?, messages=? WHERE id=?",
            (conv.title, json.dumps(conv.messages), conv.id),
        )
        self._conn.commit()

    def load(self, conv_id: int) -> Conversation | None:
        row = self._conn.execute(
            "SELECT id, title, provider, model, messages, created FROM conversations WHERE id=?",
            (conv_id,),
        ).fetchone()
        if row is None:
            return None
        return Conversation(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5])

    def recent(self, limit: int = 20) -> list[tuple[int, str]]:
        return self._conn.execute(
            "SELECT id, title FROM conversations ORDER BY created DESC LIMIT ?", (limit,)
        ).fetchall()

    def close(self) -> None:
        self._conn.close()
