"""Persistence: conversations (sqlite, one row per message) and prompt history."""
from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from prompt_toolkit.history import FileHistory

from ptk_repl.providers.base import Message

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT,
    provider TEXT,
    model TEXT,
    created_at REAL,
    updated_at REAL
);
CREATE TABLE IF NOT EXISTS messages (
    conversation_id TEXT REFERENCES conversations(id),
    seq INTEGER,
    role TEXT,
    content TEXT,
    meta TEXT,
    PRIMARY KEY (conversation_id, seq)
);
"""


@dataclass
class Conversation:
    id: str
    provider: str
    model: str
    title: str | None = None
    messages: list[Message] = field(default_factory=list)
    created_at: float = field(default_factory=time.time)

    def add(self, role: str, content: str) -> Message:
        msg = Message(role, content)
        self.messages.append(msg)
        return msg

    @property
    def last_user_message(self) -> str | None:
        for m in reversed(self.messages):
            if m.role == "user":
                return m.content
        return None


class ConversationStore:
    def __init__(self, db_path: Path):
        self.db_path = db_path
        self._conn = sqlite3.connect(db_path)
        self._conn.executescript(SCHEMA)

    def create(self, provider: str, model: str) -> Conversation:
        conv = Conversation(id=uuid.uuid4().hex[:12], provider=provider, model=model)
        now = time.time()
        self._conn.execute(
            "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?)",
            (conv.id, None, provider, model, now, now),
        )
        self._conn.commit()
        return conv

    def append(self, conv: Conversation, msg: Message, meta: dict | None = None) -> None:
        seq = len(conv.messages) - 1
        self._conn.execute(
            "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?)",
            (conv.id, seq, msg.role, msg.content, json.dumps(meta or {})),
        )
        self._conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (time.time(), conv.id))
        self._conn.commit()

    def set_title(self, conv: Conversation, title: str) -> None:
        conv.title = title
        self._conn.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, conv.id))
        self._conn.commit()

    def load(self, conv_id: str) -> Conversation | None:
        row = self._conn.execute(
            "SELECT id, title, provider, model, created_at FROM conversations WHERE id LIKE ?",
            (conv_id + "%",),
        ).fetchone()
        if row is None:
            return None
        conv = Conversation(id=row[0], title=row[1], provider=row[2], model=row[3], created_at=row[4])
        for role, content in self._conn.execute(
            "SELECT role, content FROM messages WHERE conversation_id = ? ORDER BY seq", (conv.id,)
        ):
            conv.messages.append(Message(role, content))
        return conv

    def recent(self, limit: int = 20) -> list[tuple[str, str | None, float]]:
        return list(
            self._conn.execute(
                "SELECT id, title, updated_at FROM conversations ORDER BY updated_at DESC LIMIT ?",
                (limit,),
            )
        )

    def replace_messages(self, conv: Conversation, messages: list[Message]) -> None:
        self._conn.execute("DELETE FROM messages WHERE conversation_id = ?", (conv.id,))
        conv.messages = []
        for m in messages:
            conv.messages.append(m)
            self.append(conv, m)

    def close(self) -> None:
        self._conn.close()

_SECRET = re.compile(r"(sk-[A-Za-z0-9_-]{10,}|AIza[0-9A-Za-z_-]{20,})")


class FilteredFileHistory(FileHistory):
    """Don't persist lines that look like they contain API keys."""

    def store_string(self, string: str) -> None:
        if _SECRET.search(string):
            return
        if string.strip() in {"/quit", "/exit", "/clear"}:
            return
        super().store_string(string)
