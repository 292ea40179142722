"""Clipboard history, stored in SQLite next to the settings file."""
from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from menubar.settings import SUPPORT_DIR

DB_PATH = SUPPORT_DIR / "history.sqlite3"


@dataclass
class HistoryItem:
    id: int
    text: str
    kind: str
    created_at: float
    embedding: bytes | None = None


class HistoryStore:
    def __init__(self, path: Path = DB_PATH, max_items: int = 200):
        self.path = path
        self.max_items = max_items
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, text TEXT, kind TEXT,"
                " created_at REAL, embedding BLOB)"
            )

    @contextlib.contextmanager
    def _conn(self):
        conn = sqlite3.connect(self.path)
        try:
            yield conn
            conn.commit()
        finally:
            conn.close()

    def create(self, text: str, kind: str = "clip") -> HistoryItem:
        now = time.time()
        with self._conn() as conn:
            cur = conn.execute(
                "INSERT INTO history (text, kind, created_at) VALUES (?, ?, ?)", (text, kind, now)
            )
            item_id = cur.lastrowid
            conn.execute(
                "DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY id DESC LIMIT ?)",
                (self.max_items,),
            )
        return HistoryItem(item_id, text, kind, now)

    def set_embedding(self, item_id: int, blob: bytes) -> None:
        with self._conn() as conn:
            conn.execute("UPDATE history SET embedding = ? WHERE id = ?", (blob, item_id))

    def recent(self, limit: int = 20, kind: str | None = None) -> list[HistoryItem]:
        sql = "SELECT id, text, kind, created_at, embedding FROM history"
        args: tuple = ()
        if kind:
            sql += " WHERE kind = ?"
            args = (kind,)
        sql += " ORDER BY id DESC LIMIT ?"
        with self._conn() as conn:
            rows = conn.execute(sql, args + (limit,)).fetchall()
        return [HistoryItem(*row) for row in rows]

    def all(self) -> list[HistoryItem]:
        return self.recent(limit=self.max_items)

    def clear(self) -> None:
        with self._conn() as conn:
            conn.execute("DELETE FROM history")
