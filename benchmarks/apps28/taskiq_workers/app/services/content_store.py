"""Persistence for lessons, transcripts, chunks and generated artefacts.

Thin SQLAlchemy-core layer. The ``create``/``generate`` names here are ours and have nothing
to do with the LLM SDKs.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

metadata = sa.MetaData(schema="content")

lessons = sa.Table(
    "lessons",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("course_id", sa.String, index=True),
    sa.Column("title", sa.String),
    sa.Column("body", sa.Text),
    sa.Column("language", sa.String, default="en"),
    sa.Column("audio_key", sa.String, nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True)),
)

artefacts = sa.Table(
    "artefacts",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("lesson_id", sa.String, index=True),
    sa.Column("kind", sa.String),  # summary | quiz | transcript | thumbnail | translation
    sa.Column("payload", sa.JSON),
    sa.Column("content_hash", sa.String),
    sa.Column("created_at", sa.DateTime(timezone=True)),
)

chunks = sa.Table(
    "chunks",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("lesson_id", sa.String, index=True),
    sa.Column("ordinal", sa.Integer),
    sa.Column("text", sa.Text),
    sa.Column("embedding", sa.JSON, nullable=True),
    sa.Column("embed_model", sa.String, nullable=True),
)


@dataclass
class Lesson:
    id: str
    course_id: str
    title: str
    body: str
    language: str = "en"
    audio_key: str | None = None


@dataclass
class Artefact:
    lesson_id: str
    kind: str
    payload: dict[str, Any]
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.payload, sort_keys=True).encode()).hexdigest()


class ContentStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ContentStore":
        return cls(create_async_engine(url, pool_size=5, pool_pre_ping=True))

    async def get_lesson(self, lesson_id: str) -> Lesson:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(lessons).where(lessons.c.id == lesson_id))).mappings().one()
        return Lesson(
            id=row["id"],
            course_id=row["course_id"],
            title=row["title"],
            body=row["body"],
            language=row["language"],
            audio_key=row["audio_key"],
        )

    async def lessons_for_course(self, course_id: str) -> list[Lesson]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(lessons).where(lessons.c.course_id == course_id))).mappings()
            return [Lesson(**{k: r[k] for k in ("id", "course_id", "title", "body", "language", "audio_key")}) for r in rows]

    async def create(self, artefact: Artefact) -> str:
        values = asdict(artefact) | {"content_hash": artefact.content_hash}
        async with self.engine.begin() as conn:
            await conn.execute(sa.insert(artefacts).values(**values))
        return artefact.id

    async def latest(self, lesson_id: str, kind: str) -> Artefact | None:
        q = (
            sa.select(artefacts)
            .where(artefacts.c.lesson_id == lesson_id, artefacts.c.kind == kind)
            .order_by(artefacts.c.created_at.desc())
            .limit(1)
        )
        async with self.engine.connect() as conn:
            row = (await conn.execute(q)).mappings().first()
        if row is None:
            return None
        return Artefact(lesson_id=row["lesson_id"], kind=row["kind"], payload=row["payload"], id=row["id"])

    async def replace_chunks(self, lesson_id: str, texts: Sequence[str]) -> list[str]:
        ids = [f"{lesson_id}:{i}" for i in range(len(texts))]
        async with self.engine.begin() as conn:
            await conn.execute(sa.delete(chunks).where(chunks.c.lesson_id == lesson_id))
            if texts:
                await conn.execute(
                    sa.insert(chunks),
                    [{"id": cid, "lesson_id": lesson_id, "ordinal": i, "text": t} for i, (cid, t) in enumerate(zip(ids, texts))],
                )
        return ids

    async def save_embeddings(self, ids: Sequence[str], vectors: Sequence[Sequence[float]], model: str) -> None:
        async with self.engine.begin() as conn:
            for cid, vec in zip(ids, vectors):
                await conn.execute(
                    sa.update(chunks).where(chunks.c.id == cid).values(embedding=list(vec), embed_model=model)
                )

    async def chunks_for_course(self, course_id: str) -> list[dict[str, Any]]:
        q = (
            sa.select(chunks.c.id, chunks.c.text, chunks.c.embedding, lessons.c.title)
            .join(lessons, lessons.c.id == chunks.c.lesson_id)
            .where(lessons.c.course_id == course_id, chunks.c.embedding.is_not(None))
        )
        async with self.engine.connect() as conn:
            return [dict(r) for r in (await conn.execute(q)).mappings()]

    async def close(self) -> None:
        await self.engine.dispose()
