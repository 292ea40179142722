"""Local history of assistant outputs (so 'Undo AI edit' works across sessions)."""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class HistoryEntry:
    id: int
    ts: float
    action: str
    provider: str
    before: str
    after: str


class HistoryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY, ts REAL, action TEXT,"
            " provider TEXT, before TEXT, after TEXT)"
        )

    def create(self, action: str, provider: str, before: str, after: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO history (ts, action, provider, before, after) VALUES (?,?,?,?,?)",
            (time.time(), action, provider, before, after),
        )
        self._conn.commit()
        return cur.lastrowid

    def recent(self, limit: int = 50) -> list[HistoryEntry]:
        rows = self._conn.execute(
            "SELECT id, ts, action, provider, before, after FROM history ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [HistoryEntry(*r) for r in rows]

    def generate(self, since: float) -> list[HistoryEntry]:
        """Yield-like helper for the export script (name kept for compat)."""
        rows = self._conn.execute(
            "SELECT id, ts, action, provider, before, after FROM history WHERE ts >= ?", (since,)
        ).fetchall()
        return [HistoryEntry(*r) for r in rows]

    def close(self) -> None:
        self._conn.close()
