"""SQLite persistence of turns, so %search works across kernel restarts."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .session import Turn

SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session TEXT NOT NULL,
    execution_count INTEGER,
    prompt TEXT,
    response TEXT,
    provider TEXT,
    model TEXT,
    embedding TEXT
);
"""


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection, session_id: str):
        self.conn = conn
        self.session_id = session_id

    @classmethod
    def create(cls, path: Path, session_id: str) -> "HistoryStore":
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.executescript(SCHEMA)
        return cls(conn, session_id)

    def save(self, turn: Turn) -> int:
        cur = self.conn.execute(
            "INSERT INTO turns (session, execution_count, prompt, response, provider, model) VALUES (?,?,?,?,?,?)",
            (self.session_id, turn.execution_count, turn.prompt, turn.response, turn.provider, turn.model),
        )
        self.conn.commit()
        return cur.lastrowid

    def completion(self, execution_count: int) -> str | None:
        """Return the stored model answer for a cell of this session."""
        row = self.conn.execute(
            "SELECT response FROM turns WHERE session=? AND execution_count=? ORDER BY id DESC LIMIT 1",
            (self.session_id, execution_count),
        ).fetchone()
        return row[0] if row else None

    def set_embedding(self, row_id: int, vector: list[float]) -> None:
        self.conn.execute("UPDATE turns SET embedding=? WHERE id=?", (json.dumps(vector), row_id))
        self.conn.commit()

    def unembedded(self, limit: int = 256) -> list[tuple[int, str]]:
        return self.conn.execute(
            "SELECT id, prompt || '\n' || coalesce(response, '') FROM turns WHERE embedding IS NULL LIMIT ?",
            (limit,),
        ).fetchall()

    def embedded(self) -> list[tuple[int, int, str, list[float]]]:
        rows = self.conn.execute(
            "SELECT id, execution_count, prompt, embedding FROM turns WHERE embedding IS NOT NULL"
        ).fetchall()
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    def close(self) -> None:
        self.conn.close()
