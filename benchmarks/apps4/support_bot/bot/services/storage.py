"""Persistence: feedback in SQLite, full transcripts archived to S3."""
from __future__ import annotations

import json
import logging
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, List, Optional

import boto3

from bot.config import get_settings
from bot.models import Conversation

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    thread_key TEXT NOT NULL,
    user_id TEXT NOT NULL,
    rating INTEGER NOT NULL,
    comment TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS conversations (
    thread_key TEXT PRIMARY KEY,
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    turns INTEGER NOT NULL,
    summary TEXT,
    updated_at REAL NOT NULL
);
"""


@dataclass
class Feedback:
    id: int
    thread_key: str
    user_id: str
    rating: int
    comment: Optional[str]
    created_at: float


@contextmanager
def connect(path: Optional[str] = None) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path or get_settings().database_path)
    conn.row_factory = sqlite3.Row
    try:
        conn.executescript(SCHEMA)
        yield conn
        conn.commit()
    finally:
        conn.close()


class FeedbackRepository:
    def create(self, thread_key: str, user_id: str, rating: int, comment: Optional[str] = None) -> int:
        with connect() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (thread_key, user_id, rating, comment, created_at) VALUES (?,?,?,?,?)",
                (thread_key, user_id, rating, comment, time.time()),
            )
            return int(cur.lastrowid)

    def since(self, ts: float) -> List[Feedback]:
        with connect() as conn:
            rows = conn.execute("SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at", (ts,))
            return [Feedback(**dict(r)) for r in rows]


class ConversationRepository:
    def upsert(self, convo: Conversation) -> None:
        with connect() as conn:
            conn.execute(
                "INSERT INTO conversations VALUES (?,?,?,?,?,?) ON CONFLICT(thread_key) DO UPDATE SET "
                "turns=excluded.turns, summary=excluded.summary, updated_at=excluded.updated_at",
                (convo.key, convo.platform.value, convo.user_id, len(convo.turns), convo.summary, time.time()),
            )

    def updated_since(self, ts: float) -> List[sqlite3.Row]:
        with connect() as conn:
            return list(conn.execute("SELECT * FROM conversations WHERE updated_at >= ?", (ts,)))


class TranscriptArchive:
    def __init__(self, bucket: Optional[str] = None) -> None:
        self.bucket = bucket or get_settings().transcript_bucket
        self._s3 = boto3.client("s3")

    def put(self, convo: Conversation) -> str:
        key = f"transcripts/{convo.platform.value}/{convo.channel_id}/{convo.thread_id}.json"
        body = json.dumps(
            {"key": convo.key, "summary": convo.summary, "turns": [t.__dict__ for t in convo.turns]},
            default=str,
        )
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=body.encode(), ContentType="application/json")
        return key

    def get(self, key: str) -> dict:
        obj = self._s3.get_object(Bucket=self.bucket, Key=key)
        return json.loads(obj["Body"].read())
