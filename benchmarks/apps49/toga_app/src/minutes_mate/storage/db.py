"""sqlite storage for meetings, vectors and usage rows."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR = Path(user_data_dir("minutes_mate", "northwindlabs"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY, title TEXT, started_at TEXT, audio_path TEXT,
    transcript TEXT, summary TEXT, attendees TEXT
);
CREATE TABLE IF NOT EXISTS vectors (
    meeting_id INTEGER, chunk TEXT, vec TEXT
);
CREATE TABLE IF NOT EXISTS usage (
    ts REAL, provider TEXT, model TEXT, feature TEXT,
    input_tokens INTEGER, output_tokens INTEGER, duration_ms INTEGER,
    success INTEGER, cost REAL
);
"""


class MeetingStore:
    def __init__(self, path: Path | None = None):
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path or DATA_DIR / "meetings.db")
        self.conn.executescript(SCHEMA)

    def save(self, meeting) -> int:
        cur = self.conn.execute(
            "INSERT INTO meetings (title, started_at, audio_path, transcript, summary, attendees)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (meeting.title, meeting.started_at.isoformat(), meeting.audio_path,
             meeting.transcript, meeting.summary, json.dumps(meeting.attendees)),
        )
        self.conn.commit()
        meeting.id = cur.lastrowid
        return meeting.id

    def update_summary(self, meeting_id: int, summary: str) -> None:
        self.conn.execute("UPDATE meetings SET summary = ? WHERE id = ?", (summary, meeting_id))
        self.conn.commit()

    def recent(self, limit: int = 20) -> list[tuple]:
        return self.conn.execute(
            "SELECT id, title, started_at FROM meetings ORDER BY started_at DESC LIMIT ?", (limit,)
        ).fetchall()

    def save_vectors(self, meeting_id: int, rows) -> None:
        self.conn.executemany(
            "INSERT INTO vectors VALUES (?, ?, ?)",
            [(meeting_id, chunk, json.dumps(vec)) for chunk, vec in rows],
        )
        self.conn.commit()

    def iter_vectors(self):
        for meeting_id, chunk, vec in self.conn.execute("SELECT meeting_id, chunk, vec FROM vectors"):
            yield meeting_id, chunk, json.loads(vec)


class UsageStore:
    _default: "UsageStore | None" = None

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.executescript(SCHEMA)

    @classmethod
    def default(cls) -> "UsageStore":
        if cls._default is None:
            DATA_DIR.mkdir(parents=True, exist_ok=True)
            cls._default = cls(sqlite3.connect(DATA_DIR / "meetings.db", check_same_thread=False))
        return cls._default

    def record_usage(self, usage_log, cost: float) -> None:
        self.conn.execute(
            "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (usage_log.started_at, usage_log.provider, usage_log.model, usage_log.feature_context,
             usage_log.input_tokens, usage_log.output_tokens, usage_log.duration_ms,
             int(usage_log.success), cost),
        )
        self.conn.commit()

    def totals_by_model(self) -> list[tuple]:
        return self.conn.execute(
            "SELECT model, SUM(input_tokens), SUM(output_tokens), SUM(cost) FROM usage GROUP BY model"
        ).fetchall()
