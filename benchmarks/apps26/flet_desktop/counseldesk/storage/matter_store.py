"""SQLite store for matters, notes and generated summaries."""
from __future__ import annotations

import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS matters (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    client TEXT,
    practice_area TEXT,
    privileged INTEGER DEFAULT 0,
    created_at REAL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    matter_id TEXT REFERENCES matters(id),
    kind TEXT,
    body TEXT,
    created_at REAL
);
"""


@dataclass
class Matter:
    id: str
    name: str
    client: str | None = None
    practice_area: str | None = None
    privileged: bool = False
    created_at: float = 0.0


class MatterStore:
    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.executescript(SCHEMA)

    def create(self, name: str, client: str | None = None, practice_area: str | None = None, privileged: bool = False) -> Matter:
        matter = Matter(uuid.uuid4().hex[:12], name, client, practice_area, privileged, time.time())
        with self._conn:
            self._conn.execute(
                "INSERT INTO matters VALUES (?, ?, ?, ?, ?, ?)",
                (matter.id, matter.name, matter.client, matter.practice_area, int(matter.privileged), matter.created_at),
            )
        return matter

    def get(self, matter_id: str) -> Matter | None:
        row = self._conn.execute("SELECT * FROM matters WHERE id = ?", (matter_id,)).fetchone()
        return Matter(**{**dict(row), "privileged": bool(row["privileged"])}) if row else None

    def list(self, practice_area: str | None = None) -> list[Matter]:
        sql, params = "SELECT * FROM matters", ()
        if practice_area:
            sql, params = sql + " WHERE practice_area = ?", (practice_area,)
        rows = self._conn.execute(sql + " ORDER BY created_at DESC", params).fetchall()
        return [Matter(**{**dict(r), "privileged": bool(r["privileged"])}) for r in rows]

    def add_note(self, matter_id: str, kind: str, body: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO notes (matter_id, kind, body, created_at) VALUES (?, ?, ?, ?)",
                (matter_id, kind, body, time.time()),
            )

    def notes(self, matter_id: str, kind: str | None = None) -> list[str]:
        sql = "SELECT body FROM notes WHERE matter_id = ?"
        params: tuple = (matter_id,)
        if kind:
            sql += " AND kind = ?"
            params += (kind,)
        return [r["body"] for r in self._conn.execute(sql, params).fetchall()]

    def close(self) -> None:
        self._conn.close()
