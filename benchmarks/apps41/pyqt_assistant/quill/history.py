"""SQLite history of generations and usage."""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from PyQt6.QtCore import QStandardPaths

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY, kind TEXT, source TEXT, result TEXT, created REAL
);
CREATE TABLE IF NOT EXISTS usage (
    id INTEGER PRIMARY KEY, provider TEXT, model TEXT, feature TEXT,
    input_tokens INTEGER, output_tokens INTEGER, duration_ms INTEGER, created REAL
);
"""


@dataclass
class Entry:
    id: int
    kind: str
    source: str
    result: str
    created: float


class EntryRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def create(self, kind: str, source: str, result: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO entries (kind, source, result, created) VALUES (?, ?, ?, ?)",
            (kind, source, result, time.time()),
        )
        self.conn.commit()
        return cur.lastrowid

    def recent(self, limit: int = 50) -> list[Entry]:
        rows = self.conn.execute(
            "SELECT id, kind, source, result, created FROM entries ORDER BY created DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [Entry(*r) for r in rows]


class HistoryStore:
    def __init__(self, path: Path | str):
        self.conn = sqlite3.connect(str(path), check_same_thread=False)
        self.conn.executescript(SCHEMA)
        self.entries = EntryRepository(self.conn)

    @classmethod
    def open_default(cls) -> "HistoryStore":
        base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        base.mkdir(parents=True, exist_ok=True)
        return cls(base / "history.sqlite3")

    def add_entry(self, kind: str, source: str, result: str) -> int:
        return self.entries.create(kind, source, result)

    def record_usage(self, usage_log) -> None:
        self.conn.execute(
            "INSERT INTO usage (provider, model, feature, input_tokens, output_tokens, duration_ms, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                usage_log.provider,
                usage_log.model,
                usage_log.feature_context,
                usage_log.input_tokens,
                usage_log.output_tokens,
                usage_log.duration_ms,
                usage_log.started_at,
            ),
        )
        self.conn.commit()

    def usage_rows(self):
        return self.conn.execute("SELECT * FROM usage ORDER BY created").fetchall()
