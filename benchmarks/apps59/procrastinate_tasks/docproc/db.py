"""Thin psycopg repository for documents and derived artefacts."""
from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from docproc.models import Chunk, Document, DocumentStatus, Extraction, Summary
from docproc.settings import get_settings

_pool: AsyncConnectionPool | None = None


async def get_pool() -> AsyncConnectionPool:
    global _pool
    if _pool is None:
        _pool = AsyncConnectionPool(get_settings().database_url, open=False, kwargs={"row_factory": dict_row})
        await _pool.open()
    return _pool


async def close_pool() -> None:
    global _pool
    if _pool is not None:
        await _pool.close()
        _pool = None


class DocumentRepository:
    def __init__(self, pool: AsyncConnectionPool) -> None:
        self.pool = pool

    async def create(self, tenant_id: str, title: str, body: str, mime_type: str = "text/plain") -> Document:
        doc_id = uuid.uuid4()
        async with self.pool.connection() as conn:
            row = await (
                await conn.execute(
                    "INSERT INTO documents (id, tenant_id, title, body, mime_type, status) "
                    "VALUES (%s, %s, %s, %s, %s, %s) RETURNING *",
                    (doc_id, tenant_id, title, body, mime_type, DocumentStatus.UPLOADED.value),
                )
            ).fetchone()
        return Document.from_row(row)

    async def get(self, doc_id: uuid.UUID | str) -> Document | None:
        async with self.pool.connection() as conn:
            row = await (await conn.execute("SELECT * FROM documents WHERE id = %s", (doc_id,))).fetchone()
        return Document.from_row(row) if row else None

    async def set_status(self, doc_id: uuid.UUID | str, status: DocumentStatus) -> None:
        async with self.pool.connection() as conn:
            await conn.execute("UPDATE documents SET status = %s WHERE id = %s", (status.value, doc_id))

    async def set_labels(self, doc_id: uuid.UUID | str, labels: Sequence[str]) -> None:
        async with self.pool.connection() as conn:
            await conn.execute("UPDATE documents SET labels = %s WHERE id = %s", (list(labels), doc_id))

    async def save_summary(self, summary: Summary) -> None:
        async with self.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO summaries (document_id, text, model, input_tokens, output_tokens) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (document_id) DO UPDATE SET text = EXCLUDED.text, "
                "model = EXCLUDED.model",
                (summary.document_id, summary.text, summary.model, summary.input_tokens, summary.output_tokens),
            )

    async def save_extraction(self, extraction: Extraction) -> None:
        async with self.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO extractions (document_id, fields, model, confidence) VALUES (%s, %s, %s, %s)",
                (extraction.document_id, json.dumps(extraction.fields), extraction.model, extraction.confidence),
            )

    async def save_chunks(self, chunks: Sequence[Chunk]) -> None:
        async with self.pool.connection() as conn:
            async with conn.cursor() as cur:
                await cur.executemany(
                    "INSERT INTO chunks (document_id, idx, text, embedding) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (document_id, idx) DO UPDATE SET embedding = EXCLUDED.embedding",
                    [(c.document_id, c.index, c.text, c.embedding) for c in chunks],
                )

    async def chunks_missing_embeddings(self, limit: int = 500) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT document_id, idx, text FROM chunks WHERE embedding IS NULL ORDER BY document_id LIMIT %s",
                (limit,),
            )
            return await cur.fetchall()

    async def nearest_chunks(self, tenant_id: str, embedding: list[float], k: int = 20) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT c.document_id, c.idx, c.text FROM chunks c JOIN documents d ON d.id = c.document_id "
                "WHERE d.tenant_id = %s ORDER BY c.embedding <=> %s::vector LIMIT %s",
                (tenant_id, embedding, k),
            )
            return await cur.fetchall()

    async def recently_ready(self, tenant_id: str, hours: int = 24) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT d.id, d.title, s.text AS summary FROM documents d LEFT JOIN summaries s "
                "ON s.document_id = d.id WHERE d.tenant_id = %s AND d.status = 'ready' "
                "AND d.created_at > now() - make_interval(hours => %s)",
                (tenant_id, hours),
            )
            return await cur.fetchall()

    async def tenants(self) -> list[str]:
        async with self.pool.connection() as conn:
            cur = await conn.execute("SELECT DISTINCT tenant_id FROM documents")
            return [r["tenant_id"] for r in await cur.fetchall()]


async def get_repository() -> DocumentRepository:
    return DocumentRepository(await get_pool())
