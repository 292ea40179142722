from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, List, Optional

import asyncpg
import boto3

log = logging.getLogger(__name__)


class Database:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self.pool: Optional[asyncpg.Pool] = None

    async def connect(self) -> None:
        self.pool = await asyncpg.create_pool(self._dsn, min_size=2, max_size=10, command_timeout=30)

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()

    async def execute(self, query: str, *args: Any) -> str:
        return await self.pool.execute(query, *args)

    async def fetch(self, query: str, *args: Any) -> List[asyncpg.Record]:
        return await self.pool.fetch(query, *args)

    async def fetchrow(self, query: str, *args: Any) -> Optional[asyncpg.Record]:
        return await self.pool.fetchrow(query, *args)


@dataclass
class Conversation:
    id: int
    user_id: str
    title: str
    created_at: datetime


class Conversations:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, user_id: str, title: str = "New conversation") -> Conversation:
        row = await self._db.fetchrow(
            "INSERT INTO conversations (user_id, title) VALUES ($1, $2) RETURNING id, user_id, title, created_at",
            user_id, title,
        )
        return Conversation(**dict(row))

    async def append(self, conversation_id: int, role: str, content: str) -> None:
        await self._db.execute(
            "INSERT INTO messages (conversation_id, role, content) VALUES ($1, $2, $3)",
            conversation_id, role, content,
        )

    async def history(self, conversation_id: int, limit: int = 30) -> List[dict]:
        rows = await self._db.fetch(
            "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2",
            conversation_id, limit,
        )
        return [dict(r) for r in reversed(rows)]

    async def recent_for_digest(self, since: datetime, limit: int = 200) -> List[dict]:
        rows = await self._db.fetch(
            "SELECT c.id, c.title, string_agg(m.role || ': ' || m.content, E'\\n' ORDER BY m.id) AS transcript "
            "FROM conversations c JOIN messages m ON m.conversation_id = c.id "
            "WHERE c.created_at >= $1 GROUP BY c.id ORDER BY c.id DESC LIMIT $2",
            since, limit,
        )
        return [dict(r) for r in rows]


class Documents:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def without_embeddings(self, limit: int = 500) -> List[dict]:
        rows = await self._db.fetch(
            "SELECT id, body FROM documents WHERE embedding IS NULL ORDER BY id LIMIT $1", limit
        )
        return [dict(r) for r in rows]

    async def save_embedding(self, doc_id: int, vector: List[float]) -> None:
        await self._db.execute("UPDATE documents SET embedding = $2 WHERE id = $1", doc_id, json.dumps(vector))

    async def by_ids(self, ids: List[int]) -> List[dict]:
        rows = await self._db.fetch("SELECT id, title, body FROM documents WHERE id = ANY($1)", ids)
        return [dict(r) for r in rows]

    async def nearest(self, vector: List[float], k: int = 20) -> List[dict]:
        rows = await self._db.fetch(
            "SELECT id, title, body FROM documents ORDER BY embedding <=> $1::vector LIMIT $2",
            json.dumps(vector), k,
        )
        return [dict(r) for r in rows]


class BlobStore:
    def __init__(self, bucket: str, region: str) -> None:
        self._bucket = bucket
        self._s3 = boto3.client("s3", region_name=region)

    def _put(self, key: str, data: bytes, content_type: str) -> None:
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=data, ContentType=content_type)

    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> str:
        await asyncio.to_thread(self._put, key, data, content_type)
        return f"s3://{self._bucket}/{key}"

    async def presign(self, key: str, expires: int = 3600) -> Optional[str]:
        return await asyncio.to_thread(
            self._s3.generate_presigned_url,
            "get_object",
            Params={"Bucket": self._bucket, "Key": key},
            ExpiresIn=expires,
        )
