"""Per-document revision history kept in SQLite."""

from __future__ import annotations

import os
import sqlite3
import time


class HistoryStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def create(cls, data_dir: str) -> "HistoryStore":
        path = os.path.join(data_dir, "quill", "history.sqlite3")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS revisions (doc TEXT, ts REAL, feature TEXT, before TEXT, after TEXT)"
        )
        return cls(conn)

    def record(self, doc: str, feature: str, before: str, after: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO revisions VALUES (?, ?, ?, ?, ?)", (doc, time.time(), feature, before, after)
            )

    def latest(self, doc: str, limit: int = 20) -> list[tuple]:
        cur = self.conn.execute(
            "SELECT ts, feature, before, after FROM revisions WHERE doc = ? ORDER BY ts DESC LIMIT ?",
            (doc, limit),
        )
        return cur.fetchall()

    def prune(self, older_than_days: int = 90) -> int:
        cutoff = time.time() - older_than_days * 86400
        with self.conn:
            cur = self.conn.execute("DELETE FROM revisions WHERE ts < ?", (cutoff,))
        return cur.rowcount

    def features_used(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT feature, COUNT(*) FROM revisions GROUP BY feature").fetchall()
        return dict(rows)

    def close(self) -> None:
        self.conn.close()
