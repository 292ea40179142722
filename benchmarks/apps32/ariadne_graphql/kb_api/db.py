"""Thin async repository layer over asyncpg.

The ``*.create`` / ``*.update`` helpers here are plain SQL; nothing in this
module talks to a model provider.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Sequence

import asyncpg

from kb_api.models import Article, ArticleStatus, Space, User


def _row_to_article(row: asyncpg.Record) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        space_id=row["space_id"],
        author_id=row["author_id"],
        status=ArticleStatus(row["status"]),
        tags=list(row["tags"] or []),
        summary=row["summary"],
        language=row["language"],
        cover_url=row["cover_url"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class ArticleRepository:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    async def get(self, article_id: int) -> Article | None:
        row = await self._pool.fetchrow("SELECT * FROM articles WHERE id = $1", article_id)
        return _row_to_article(row) if row else None

    async def get_many(self, ids: Sequence[int]) -> list[Article | None]:
        rows = await self._pool.fetch("SELECT * FROM articles WHERE id = ANY($1::int[])", list(ids))
        by_id = {r["id"]: _row_to_article(r) for r in rows}
        return [by_id.get(i) for i in ids]

    async def list_for_space(self, space_id: int, limit: int = 50, offset: int = 0) -> list[Article]:
        rows = await self._pool.fetch(
            "SELECT * FROM articles WHERE space_id = $1 ORDER BY updated_at DESC LIMIT $2 OFFSET $3",
            space_id,
            limit,
            offset,
        )
        return [_row_to_article(r) for r in rows]

    async def create(self, *, title: str, body: str, space_id: int, author_id: int, tags: Iterable[str] = ()) -> Article:
        row = await self._pool.fetchrow(
            """
            INSERT INTO articles (title, body, space_id, author_id, tags, status, language)
            VALUES ($1, $2, $3, $4, $5, 'draft', 'en')
            RETURNING *
            """,
            title,
            body,
            space_id,
            author_id,
            list(tags),
        )
        return _row_to_article(row)

    async def update(self, article_id: int, **fields: Any) -> Article:
        if not fields:
            article = await self.get(article_id)
            assert article is not None
            return article
        cols = ", ".join(f"{k} = ${i + 2}" for i, k in enumerate(fields))
        row = await self._pool.fetchrow(
            f"UPDATE articles SET {cols}, updated_at = now() WHERE id = $1 RETURNING *",
            article_id,
            *fields.values(),
        )
        return _row_to_article(row)

    async def store_embedding(self, article_id: int, vector: list[float], model: str) -> None:
        await self._pool.execute(
            """
            INSERT INTO article_embeddings (article_id, model, embedding)
            VALUES ($1, $2, $3)
            ON CONFLICT (article_id, model) DO UPDATE SET embedding = EXCLUDED.embedding
            """,
            article_id,
            model,
            json.dumps(vector),
        )

    async def nearest(self, vector: list[float], model: str, limit: int = 20) -> list[tuple[Article, float]]:
        rows = await self._pool.fetch(
            """
            SELECT a.*, 1 - (e.embedding <=> $1::vector) AS score
            FROM article_embeddings e JOIN articles a ON a.id = e.article_id
            WHERE e.model = $2
            ORDER BY e.embedding <=> $1::vector
            LIMIT $3
            """,
            json.dumps(vector),
            model,
            limit,
        )
        return [(_row_to_article(r), float(r["score"])) for r in rows]


class SpaceRepository:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    async def get_many(self, ids: Sequence[int]) -> list[Space | None]:
        rows = await self._pool.fetch("SELECT * FROM spaces WHERE id = ANY($1::int[])", list(ids))
        by_id = {r["id"]: Space(r["id"], r["slug"], r["name"], r["default_language"]) for r in rows}
        return [by_id.get(i) for i in ids]

    async def create(self, slug: str, name: str) -> Space:
        row = await self._pool.fetchrow(
            "INSERT INTO spaces (slug, name) VALUES ($1, $2) RETURNING *", slug, name
        )
        return Space(row["id"], row["slug"], row["name"], row["default_language"])


class UserRepository:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    async def get_many(self, ids: Sequence[int]) -> list[User | None]:
        rows = await self._pool.fetch("SELECT * FROM users WHERE id = ANY($1::int[])", list(ids))
        by_id = {r["id"]: User(r["id"], r["email"], r["display_name"], list(r["roles"])) for r in rows}
        return [by_id.get(i) for i in ids]


class Database:
    """Holds the pool and the repositories; lives on ``app.state.db``."""

    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool
        self.articles = ArticleRepository(pool)
        self.spaces = SpaceRepository(pool)
        self.users = UserRepository(pool)

    @classmethod
    async def connect(cls, dsn: str) -> "Database":
        pool = await asyncpg.create_pool(dsn, min_size=2, max_size=10)
        return cls(pool)

    async def close(self) -> None:
        await self.pool.close()


class FeedbackRepository:
    """Thumbs up/down on answers, written by the legacy REST API and the extension."""

    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    async def create(self, *, question: str, answer: str, helpful: bool, user_id: int | None = None) -> int:
        return await self._pool.fetchval(
            """
            INSERT INTO answer_feedback (question, answer, helpful, user_id)
            VALUES ($1, $2, $3, $4)
            RETURNING id
            """,
            question,
            answer,
            helpful,
            user_id,
        )

    async def helpful_ratio(self, days: int = 30) -> float:
        row = await self._pool.fetchrow(
            """
            SELECT count(*) FILTER (WHERE helpful) AS good, count(*) AS total
            FROM answer_feedback WHERE created_at > now() - make_interval(days => $1)
            """,
            days,
        )
        return (row["good"] / row["total"]) if row and row["total"] else 0.0
