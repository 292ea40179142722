"""Small aiosqlite store. One connection for the whole bot; sqlite serialises writes anyway."""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Optional

import aiosqlite

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id      INTEGER PRIMARY KEY,
    data          TEXT NOT NULL DEFAULT '{}',
    updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reminders (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id      INTEGER,
    channel_id    INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    due_at        TEXT NOT NULL,
    content       TEXT NOT NULL,
    done          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS reminders_due ON reminders(done, due_at);
CREATE TABLE IF NOT EXISTS faq_entries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id      INTEGER NOT NULL,
    question      TEXT NOT NULL,
    answer        TEXT NOT NULL,
    embedding     TEXT,
    embed_model   TEXT,
    created_by    INTEGER,
    created_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trivia_scores (
    guild_id      INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    points        INTEGER NOT NULL DEFAULT 0,
    rounds        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, user_id)
);
CREATE TABLE IF NOT EXISTS digest_batches (
    batch_id      TEXT PRIMARY KEY,
    created_at    TEXT NOT NULL,
    guild_ids     TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'submitted'
);
CREATE TABLE IF NOT EXISTS llm_usage (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    ts            TEXT NOT NULL,
    provider      TEXT NOT NULL,
    model         TEXT NOT NULL,
    feature       TEXT,
    guild_id      INTEGER,
    input_tokens  INTEGER,
    output_tokens INTEGER,
    latency_ms    INTEGER,
    success       INTEGER NOT NULL,
    error         TEXT
);
"""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Reminder:
    id: int
    guild_id: Optional[int]
    channel_id: int
    user_id: int
    due_at: dt.datetime
    content: str


class _Table:
    def __init__(self, store: "Store") -> None:
        self._store = store

    @property
    def conn(self) -> aiosqlite.Connection:
        return self._store.conn


class Reminders(_Table):
    async def create(self, *, guild_id: Optional[int], channel_id: int, user_id: int,
                     due_at: dt.datetime, content: str) -> int:
        cur = await self.conn.execute(
            "INSERT INTO reminders (guild_id, channel_id, user_id, due_at, content) VALUES (?, ?, ?, ?, ?)",
            (guild_id, channel_id, user_id, due_at.isoformat(), content),
        )
        await self.conn.commit()
        return cur.lastrowid

    async def due(self, now: Optional[dt.datetime] = None) -> List[Reminder]:
        now = now or utcnow()
        async with self.conn.execute(
            "SELECT id, guild_id, channel_id, user_id, due_at, content FROM reminders "
            "WHERE done = 0 AND due_at <= ? ORDER BY due_at LIMIT 50",
            (now.isoformat(),),
        ) as cur:
            rows = await cur.fetchall()
        return [
            Reminder(r[0], r[1], r[2], r[3], dt.datetime.fromisoformat(r[4]), r[5]) for r in rows
        ]

    async def mark_done(self, reminder_id: int) -> None:
        await self.conn.execute("UPDATE reminders SET done = 1 WHERE id = ?", (reminder_id,))
        await self.conn.commit()


class FaqEntries(_Table):
    async def add(self, guild_id: int, question: str, answer: str, created_by: int) -> int:
        cur = await self.conn.execute(
            "INSERT INTO faq_entries (guild_id, question, answer, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (guild_id, question, answer, created_by, utcnow().isoformat()),
        )
        await self.conn.commit()
        return cur.lastrowid

    async def set_embedding(self, entry_id: int, vector: List[float], model: str) -> None:
        await self.conn.execute(
            "UPDATE faq_entries SET embedding = ?, embed_model = ? WHERE id = ?",
            (json.dumps(vector), model, entry_id),
        )

    async def for_guild(self, guild_id: int) -> List[aiosqlite.Row]:
        async with self.conn.execute(
            "SELECT id, question, answer, embedding, embed_model FROM faq_entries WHERE guild_id = ?",
            (guild_id,),
        ) as cur:
            return list(await cur.fetchall())

    async def missing_embeddings(self, limit: int = 500) -> List[aiosqlite.Row]:
        async with self.conn.execute(
            "SELECT id, question, answer FROM faq_entries WHERE embedding IS NULL LIMIT ?",
            (limit,),
        ) as cur:
            return list(await cur.fetchall())


class TriviaScores(_Table):
    async def record_completion(self, guild_id: int, user_id: int, points: int) -> None:
        await self.conn.execute(
            "INSERT INTO trivia_scores (guild_id, user_id, points, rounds) VALUES (?, ?, ?, 1) "
            "ON CONFLICT(guild_id, user_id) DO UPDATE SET points = points + excluded.points, "
            "rounds = rounds + 1",
            (guild_id, user_id, points),
        )
        await self.conn.commit()

    async def leaderboard(self, guild_id: int, limit: int = 10) -> List[aiosqlite.Row]:
        async with self.conn.execute(
            "SELECT user_id, points, rounds FROM trivia_scores WHERE guild_id = ? "
            "ORDER BY points DESC LIMIT ?",
            (guild_id, limit),
        ) as cur:
            return list(await cur.fetchall())


class DigestBatches(_Table):
    async def add(self, batch_id: str, guild_ids: List[int]) -> None:
        await self.conn.execute(
            "INSERT INTO digest_batches (batch_id, created_at, guild_ids) VALUES (?, ?, ?)",
            (batch_id, utcnow().isoformat(), json.dumps(guild_ids)),
        )
        await self.conn.commit()

    async def pending(self) -> List[aiosqlite.Row]:
        async with self.conn.execute(
            "SELECT batch_id, guild_ids FROM digest_batches WHERE status = 'submitted'"
        ) as cur:
            return list(await cur.fetchall())

    async def set_status(self, batch_id: str, status: str) -> None:
        await self.conn.execute(
            "UPDATE digest_batches SET status = ? WHERE batch_id = ?", (status, batch_id)
        )
        await self.conn.commit()


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: Optional[aiosqlite.Connection] = None
        self.reminders = Reminders(self)
        self.faq = FaqEntries(self)
        self.trivia = TriviaScores(self)
        self.digests = DigestBatches(self)

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("Store.open() has not been awaited")
        return self._conn

    async def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = await aiosqlite.connect(self.path)
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        await self._conn.executescript(SCHEMA)
        await self._conn.commit()
        log.info("database ready at %s", self.path)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def insert_usage(self, row: dict[str, Any]) -> None:
        await self.conn.execute(
            "INSERT INTO llm_usage (ts, provider, model, feature, guild_id, input_tokens, "
            "output_tokens, latency_ms, success, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["ts"], row["provider"], row["model"], row.get("feature"), row.get("guild_id"),
                row.get("input_tokens"), row.get("output_tokens"), row.get("latency_ms"),
                int(row["success"]), row.get("error"),
            ),
        )
        await self.conn.commit()
