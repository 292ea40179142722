"""Tiny sqlite persistence layer.

We never moved to an ORM; each table gets a small ``Table`` object with
``create``/``get``/``list`` helpers.  Connections are per thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT, question TEXT, answer TEXT, provider TEXT, created_at TEXT
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER, user_id TEXT, helpful INTEGER, comment TEXT, created_at TEXT
);
CREATE TABLE IF NOT EXISTS letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT, employee TEXT, body TEXT, created_at TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT, position INTEGER, text TEXT, embedding TEXT, lang TEXT
);
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT, model TEXT, feature TEXT, user_id TEXT,
    input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL,
    success INTEGER, error TEXT, duration_ms REAL, created_at TEXT
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Table:
    def __init__(self, store: "Store", name: str):
        self.store = store
        self.name = name

    def create(self, **fields) -> int:
        fields.setdefault("created_at", _now())
        if "embedding" in fields and not isinstance(fields["embedding"], str):
            fields["embedding"] = json.dumps(fields["embedding"])
        cols = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        cur = self.store.conn.execute(
            f"INSERT INTO {self.name} ({cols}) VALUES ({marks})", tuple(fields.values())
        )
        self.store.conn.commit()
        return cur.lastrowid

    def get(self, row_id: int) -> dict | None:
        cur = self.store.conn.execute(f"SELECT * FROM {self.name} WHERE id = ?", (row_id,))
        row = cur.fetchone()
        return dict(row) if row else None

    def list(self, where: str = "1=1", params: tuple = (), limit: int = 100) -> list[dict]:
        cur = self.store.conn.execute(
            f"SELECT * FROM {self.name} WHERE {where} ORDER BY id DESC LIMIT ?", (*params, limit)
        )
        return [dict(r) for r in cur.fetchall()]


class Store:
    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.conn.executescript(SCHEMA)
        self.questions = Table(self, "questions")
        self.feedback = Table(self, "feedback")
        self.letters = Table(self, "letters")
        self.chunks = Table(self, "chunks")
        self.usage = Table(self, "llm_usage_logs")

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def all_chunks(self) -> list[dict]:
        rows = self.chunks.list(limit=100_000)
        for row in rows:
            row["embedding"] = json.loads(row["embedding"]) if row["embedding"] else None
        return rows
