"""Very small sqlite helper. Production runs on Postgres via the same SQL."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from typing import Iterator

from supportdesk.config import get_settings

_local = threading.local()

SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_email TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    priority TEXT NOT NULL DEFAULT 'normal',
    category TEXT NOT NULL DEFAULT 'other',
    status TEXT NOT NULL DEFAULT 'open',
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    embedding BLOB
);
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    model TEXT NOT NULL,
    sources TEXT NOT NULL DEFAULT '',
    approved INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT, model TEXT, feature TEXT,
    input_tokens INTEGER, output_tokens INTEGER,
    cost_usd REAL, latency_ms REAL, success INTEGER,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
"""


def _path() -> str:
    url = get_settings().database_url
    return url.removeprefix("sqlite:///")


def connection() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(_path(), check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _local.conn = conn
    return conn


@contextmanager
def transaction() -> Iterator[sqlite3.Cursor]:
    conn = connection()
    cur = conn.cursor()
    try:
        yield cur
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        cur.close()


def init_schema() -> None:
    connection().executescript(SCHEMA)


class UsageLogRepository:
    def insert(self, **fields) -> None:
        cols = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        with transaction() as cur:
            cur.execute(f"INSERT INTO llm_usage_logs ({cols}) VALUES ({marks})", tuple(fields.values()))

    def totals_by_feature(self) -> list[dict]:
        rows = connection().execute(
            "SELECT feature, SUM(input_tokens) AS inp, SUM(output_tokens) AS outp, SUM(cost_usd) AS cost"
            " FROM llm_usage_logs GROUP BY feature ORDER BY cost DESC"
        ).fetchall()
        return [dict(r) for r in rows]
