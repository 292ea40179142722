"""SQLite persistence for messages, drafts, invoices and usage logs."""
from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict, is_dataclass
from functools import lru_cache

from assistant.config import get_settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, sender TEXT, subject TEXT, received_at TEXT,
    category TEXT, urgency INTEGER, thread_id TEXT, raw BLOB
);
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT, body TEXT,
    status TEXT DEFAULT 'pending', created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT, payload TEXT
);
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    id TEXT PRIMARY KEY, provider TEXT, model TEXT, feature_context TEXT,
    input_tokens INTEGER, output_tokens INTEGER, success INTEGER, error TEXT,
    latency_ms INTEGER, cost_usd REAL, created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
"""


class DraftRepository:
    def __init__(self, conn: sqlite3.Connection, lock: threading.Lock):
        self._conn = conn
        self._lock = lock

    def create(self, message_id: str, body: str) -> int:
        with self._lock:
            cur = self._conn.execute("INSERT INTO drafts (message_id, body) VALUES (?, ?)", (message_id, body))
            self._conn.commit()
            return cur.lastrowid

    def pending(self, limit: int = 50) -> list[dict]:
        rows = self._conn.execute(
            "SELECT id, message_id, body, created_at FROM drafts WHERE status='pending' ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def set_status(self, draft_id: int, status: str) -> None:
        with self._lock:
            self._conn.execute("UPDATE drafts SET status=? WHERE id=?", (status, draft_id))
            self._conn.commit()

    def get(self, draft_id: int) -> dict | None:
        row = self._conn.execute("SELECT * FROM drafts WHERE id=?", (draft_id,)).fetchone()
        return dict(row) if row else None


class Store:
    def __init__(self, path: str):
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()
        self.drafts = DraftRepository(self._conn, self._lock)

    def save_message(self, msg_id: str, sender: str, subject: str, received_at: str, thread_id: str, raw: bytes) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO messages (id, sender, subject, received_at, thread_id, raw) VALUES (?,?,?,?,?,?)",
                (msg_id, sender, subject, received_at, thread_id, raw),
            )
            self._conn.commit()

    def set_triage(self, msg_id: str, category: str, urgency: int) -> None:
        with self._lock:
            self._conn.execute("UPDATE messages SET category=?, urgency=? WHERE id=?", (category, urgency, msg_id))
            self._conn.commit()

    def thread(self, thread_id: str) -> list[sqlite3.Row]:
        return self._conn.execute(
            "SELECT * FROM messages WHERE thread_id=? ORDER BY received_at", (thread_id,)
        ).fetchall()

    def recent(self, limit: int = 100) -> list[dict]:
        rows = self._conn.execute(
            "SELECT id, sender, subject, received_at, category, urgency FROM messages ORDER BY received_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def save_invoice(self, msg_id: str, payload) -> None:
        data = asdict(payload) if is_dataclass(payload) else payload
        if hasattr(payload, "model_dump"):
            data = payload.model_dump(mode="json")
        with self._lock:
            self._conn.execute("INSERT INTO invoices (message_id, payload) VALUES (?, ?)", (msg_id, json.dumps(data)))
            self._conn.commit()

    def record_usage(self, usage) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT INTO llm_usage_logs (id, provider, model, feature_context, input_tokens, output_tokens,"
                " success, error, latency_ms, cost_usd) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (usage.id, usage.provider, usage.model, usage.feature_context, usage.input_tokens,
                 usage.output_tokens, int(usage.success), usage.error, usage.latency_ms, usage.cost_usd),
            )
            self._conn.commit()

    def usage_summary(self) -> list[dict]:
        rows = self._conn.execute(
            "SELECT provider, model, COUNT(*) AS calls, SUM(input_tokens) AS input_tokens,"
            " SUM(output_tokens) AS output_tokens, ROUND(SUM(cost_usd), 4) AS cost_usd"
            " FROM llm_usage_logs GROUP BY provider, model ORDER BY cost_usd DESC"
        ).fetchall()
        return [dict(r) for r in rows]


@lru_cache(maxsize=1)
def get_store() -> Store:
    return Store(get_settings().db_path)
