"""Thin asyncpg data access for documents, chunks and job results."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg


@dataclass
class Document:
    id: str
    tenant_id: str
    filename: str
    mime_type: str
    status: str
    doc_type: str | None
    text: str | None
    pages: list[str]
    region: str = "us"
    created_at: datetime | None = None


class DocumentRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def get(self, doc_id: str) -> Document:
        row = await self.pool.fetchrow(
            "SELECT d.*, t.region FROM documents d JOIN tenants t ON t.id = d.tenant_id "
            "WHERE d.id = $1",
            doc_id,
        )
        if row is None:
            raise LookupError(f"document {doc_id} not found")
        return Document(
            id=row["id"], tenant_id=row["tenant_id"], filename=row["filename"],
            mime_type=row["mime_type"], status=row["status"], doc_type=row["doc_type"],
            text=row["text"], pages=json.loads(row["pages"] or "[]"),
            region=row["region"], created_at=row["created_at"],
        )

    async def create(self, tenant_id: str, filename: str, mime_type: str) -> str:
        return await self.pool.fetchval(
            "INSERT INTO documents (tenant_id, filename, mime_type, status) "
            "VALUES ($1, $2, $3, 'queued') RETURNING id",
            tenant_id, filename, mime_type,
        )

    async def set_status(self, doc_id: str, status: str, error: str | None = None) -> None:
        await self.pool.execute(
            "UPDATE documents SET status = $2, error = $3, updated_at = now() WHERE id = $1",
            doc_id, status, error,
        )

    async def save_classification(self, doc_id: str, doc_type: str, language: str, pii: bool) -> None:
        await self.pool.execute(
            "UPDATE documents SET doc_type = $2, language = $3, contains_pii = $4 WHERE id = $1",
            doc_id, doc_type, language, pii,
        )

    async def save_fields(self, doc_id: str, fields: dict[str, Any], model: str) -> None:
        await self.pool.execute(
            "INSERT INTO extracted_fields (document_id, fields, model) VALUES ($1, $2, $3) "
            "ON CONFLICT (document_id) DO UPDATE SET fields = EXCLUDED.fields, model = EXCLUDED.model",
            doc_id, json.dumps(fields), model,
        )

    async def save_summary(self, doc_id: str, summary: str, title: str | None = None) -> None:
        await self.pool.execute(
            "UPDATE documents SET summary = $2, title = coalesce($3, title) WHERE id = $1",
            doc_id, summary, title,
        )

    async def save_chunks(self, doc_id: str, chunks, vectors, model: str) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("DELETE FROM chunks WHERE document_id = $1", doc_id)
            await conn.executemany(
                "INSERT INTO chunks (document_id, idx, page, text, token_count, embedding, model) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [
                    (doc_id, c.index, c.page, c.text, c.token_count, vec, model)
                    for c, vec in zip(chunks, vectors)
                ],
            )

    async def nearest_chunks(self, tenant_id: str, vector: list[float], k: int = 40) -> list[dict]:
        rows = await self.pool.fetch(
            "SELECT c.document_id, c.idx, c.text FROM chunks c "
            "JOIN documents d ON d.id = c.document_id WHERE d.tenant_id = $1 "
            "ORDER BY c.embedding <=> $2 LIMIT $3",
            tenant_id, vector, k,
        )
        return [dict(r) for r in rows]

    async def stale_chunk_documents(self, model: str, limit: int = 200) -> list[str]:
        rows = await self.pool.fetch(
            "SELECT DISTINCT document_id FROM chunks WHERE model <> $1 LIMIT $2", model, limit
        )
        return [r["document_id"] for r in rows]

    async def usage_since(self, since: datetime) -> list[dict]:
        rows = await self.pool.fetch(
            "SELECT tenant_id, provider, model, sum(input_tokens) AS input_tokens, "
            "sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd "
            "FROM finops.llm_usage_logs WHERE created_at >= $1 GROUP BY 1, 2, 3",
            since,
        )
        return [dict(r) for r in rows]
