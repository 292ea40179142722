"""Postgres + S3 access used by activities.

asyncpg pool is created lazily; repositories are thin on purpose.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional

import asyncpg

from backoffice.clients import aws
from backoffice.config import get_settings

logger = logging.getLogger(__name__)
_pool: Optional[asyncpg.Pool] = None


async def get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(get_settings().database_url, min_size=1, max_size=10)
    return _pool


class InvoiceRepository:
    async def create(self, invoice_id: str, status: str, payload: Dict[str, Any]) -> None:
        pool = await get_pool()
        await pool.execute(
            "INSERT INTO ap.invoices (invoice_id, status, payload) VALUES ($1, $2, $3) "
            "ON CONFLICT (invoice_id) DO UPDATE SET status = EXCLUDED.status, payload = EXCLUDED.payload",
            invoice_id,
            status,
            json.dumps(payload),
        )

    async def get(self, invoice_id: str) -> Optional[Dict[str, Any]]:
        pool = await get_pool()
        row = await pool.fetchrow("SELECT payload FROM ap.invoices WHERE invoice_id = $1", invoice_id)
        return json.loads(row["payload"]) if row else None


class VendorRepository:
    async def search(self, name: str, limit: int = 20) -> List[Dict[str, Any]]:
        pool = await get_pool()
        rows = await pool.fetch(
            "SELECT vendor_id, legal_name, tax_id, city FROM ap.vendors "
            "WHERE legal_name % $1 ORDER BY similarity(legal_name, $1) DESC LIMIT $2",
            name,
            limit,
        )
        return [dict(r) for r in rows]


class ChunkRepository:
    async def upsert_many(self, rows: List[Dict[str, Any]]) -> int:
        pool = await get_pool()
        async with pool.acquire() as conn:
            await conn.executemany(
                "INSERT INTO kb.chunks (document_id, idx, text, embedding) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (document_id, idx) DO UPDATE SET text = EXCLUDED.text, embedding = EXCLUDED.embedding",
                [(r["document_id"], r["index"], r["text"], r["embedding"]) for r in rows],
            )
        return len(rows)


class UsageLogRepository:
    async def insert(self, row: Dict[str, Any]) -> None:
        pool = await get_pool()
        await pool.execute(
            "INSERT INTO finops.llm_usage_logs (provider, model, feature_context, input_tokens, "
            "output_tokens, latency_ms, success, error) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
            row["provider"], row["model"], row["feature_context"], row["input_tokens"],
            row["output_tokens"], row["latency_ms"], row["success"], row["error"],
        )


class DocumentStore:
    """S3-backed document storage."""

    def __init__(self, bucket: Optional[str] = None, client: Any = None) -> None:
        self.bucket = bucket or get_settings().documents_bucket
        self._s3 = client or aws.s3()

    def read_bytes(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.bucket, Key=key)
        return obj["Body"].read()

    def read_text(self, key: str) -> str:
        return self.read_bytes(key).decode("utf-8", errors="replace")

    def write_json(self, key: str, payload: Any) -> str:
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=json.dumps(payload, default=str).encode("utf-8"),
            ContentType="application/json",
        )
        return f"s3://{self.bucket}/{key}"

    def presigned_url(self, key: str, expires: int = 900) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=expires
        )
