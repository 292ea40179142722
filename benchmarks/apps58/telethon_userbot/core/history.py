"""Per-chat conversation memory for ``.ask`` follow-ups.

Stored in sqlite so a restart does not lose context.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass

from config import settings

MAX_TURNS = 12


@dataclass
class Turn:
    role: str
    content: str
    ts: float


class ConversationStore:
    def __init__(self, path: str = settings.db_path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS turns (chat_id INTEGER, role TEXT, content TEXT, ts REAL)"
        )

    def create(self, chat_id: int, role: str, content: str) -> Turn:
        """Append one turn. (Named ``create`` for parity with the old ORM layer.)"""
        turn = Turn(role=role, content=content, ts=time.time())
        self.conn.execute(
            "INSERT INTO turns VALUES (?, ?, ?, ?)", (chat_id, turn.role, turn.content, turn.ts)
        )
        self.conn.commit()
        return turn

    def recent(self, chat_id: int, limit: int = MAX_TURNS) -> list[dict[str, str]]:
        rows = self.conn.execute(
            "SELECT role, content FROM turns WHERE chat_id = ? ORDER BY ts DESC LIMIT ?",
            (chat_id, limit),
        ).fetchall()
        return [{"role": r, "content": c} for r, c in reversed(rows)]

    def clear(self, chat_id: int) -> int:
        cur = self.conn.execute("DELETE FROM turns WHERE chat_id = ?", (chat_id,))
        self.conn.commit()
        return cur.rowcount

    def export(self, chat_id: int) -> str:
        return json.dumps(self.recent(chat_id, limit=1000), ensure_ascii=False, indent=2)


history = ConversationStore()
