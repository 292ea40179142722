"""Small aiosqlite store for per-channel settings and clip history."""
from __future__ import annotations

import json
from typing import Any

import aiosqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS channel_settings (channel TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS clips (
    clip_id TEXT PRIMARY KEY, channel TEXT, title TEXT, created_by TEXT, ts REAL
);
CREATE TABLE IF NOT EXISTS strikes (channel TEXT, user TEXT, reason TEXT, ts REAL);
"""


class Store:
    def __init__(self, db: aiosqlite.Connection):
        self.db = db

    @classmethod
    async def create(cls, path: str) -> "Store":
        db = await aiosqlite.connect(path)
        await db.executescript(SCHEMA)
        await db.commit()
        return cls(db)

    async def get_settings(self, channel: str) -> dict[str, Any]:
        async with self.db.execute(
            "SELECT data FROM channel_settings WHERE channel = ?", (channel,)
        ) as cur:
            row = await cur.fetchone()
        return json.loads(row[0]) if row else {}

    async def update_settings(self, channel: str, **values: Any) -> dict[str, Any]:
        data = await self.get_settings(channel)
        data.update(values)
        await self.db.execute(
            "INSERT OR REPLACE INTO channel_settings (channel, data) VALUES (?, ?)",
            (channel, json.dumps(data)),
        )
        await self.db.commit()
        return data

    async def save_clip(self, clip_id: str, channel: str, title: str, created_by: str, ts: float) -> None:
        await self.db.execute(
            "INSERT OR REPLACE INTO clips VALUES (?, ?, ?, ?, ?)",
            (clip_id, channel, title, created_by, ts),
        )
        await self.db.commit()

    async def untitled_clips(self, limit: int = 50) -> list[tuple[str, str]]:
        async with self.db.execute(
            "SELECT clip_id, channel FROM clips WHERE title = '' LIMIT ?", (limit,)
        ) as cur:
            return [(r[0], r[1]) async for r in cur]

    async def add_strike(self, channel: str, user: str, reason: str, ts: float) -> int:
        await self.db.execute("INSERT INTO strikes VALUES (?, ?, ?, ?)", (channel, user, reason, ts))
        await self.db.commit()
        async with self.db.execute(
            "SELECT COUNT(*) FROM strikes WHERE channel = ? AND user = ?", (channel, user)
        ) as cur:
            (count,) = await cur.fetchone()
        return count

    async def close(self) -> None:
        await self.db.close()
