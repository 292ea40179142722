"""Postgres repositories, S3 blob store, Redis job queue and the Tika text extractor."""
from __future__ import annotations

import asyncio
import json
import logging
from functools import partial
from typing import Any, Dict, List, Optional

import boto3
import httpx
import redis.asyncio as aioredis
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, select, update
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncEngine

from docqa.domain import (
    Document,
    DocumentKind,
    DocumentNotFound,
    DocumentStatus,
    IngestionJob,
    UnsupportedDocument,
    new_id,
)
from docqa.ports import BlobStore, DocumentRepository, JobQueue, JobRepository, TextExtractor

logger = logging.getLogger(__name__)

metadata = MetaData(schema="docqa")

documents_table = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(64), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("blob_key", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("language", String(8)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("metadata", JSONB, nullable=False, server_default="{}"),
)

jobs_table = Table(
    "ingestion_jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("document_id", String(32), nullable=False),
    Column("tenant_id", String(64), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False),
    Column("error", Text),
)


def _row_to_document(row: Any) -> Document:
    return Document(
        id=row.id,
        tenant_id=row.tenant_id,
        title=row.title,
        kind=DocumentKind(row.kind),
        blob_key=row.blob_key,
        status=DocumentStatus(row.status),
        language=row.language,
        created_at=row.created_at,
        metadata=dict(row.metadata or {}),
    )


class SqlDocumentRepository(DocumentRepository):
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def add(self, document: Document) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                insert(documents_table).values(
                    id=document.id,
                    tenant_id=document.tenant_id,
                    title=document.title,
                    kind=document.kind.value,
                    blob_key=document.blob_key,
                    status=document.status.value,
                    language=document.language,
                    created_at=document.created_at,
                    metadata=document.metadata,
                )
            )

    async def get(self, tenant_id: str, document_id: str) -> Document:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(documents_table).where(
                        documents_table.c.tenant_id == tenant_id, documents_table.c.id == document_id
                    )
                )
            ).first()
        if row is None:
            raise DocumentNotFound(document_id)
        return _row_to_document(row)

    async def update(self, document: Document) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                update(documents_table)
                .where(documents_table.c.id == document.id)
                .values(
                    title=document.title,
                    status=document.status.value,
                    language=document.language,
                    metadata=document.metadata,
                )
            )

    async def search_titles(self, tenant_id: str, prefix: str, limit: int) -> List[Document]:
        async with self._engine.connect() as conn:
            rows = await conn.execute(
                select(documents_table)
                .where(documents_table.c.tenant_id == tenant_id, documents_table.c.title.ilike(f"{prefix}%"))
                .order_by(documents_table.c.created_at.desc())
                .limit(limit)
            )
            return [_row_to_document(r) for r in rows]


class SqlJobRepository(JobRepository):
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(self, document_id: str, tenant_id: str) -> IngestionJob:
        job = IngestionJob(id=new_id(), document_id=document_id, tenant_id=tenant_id)
        async with self._engine.begin() as conn:
            await conn.execute(
                insert(jobs_table).values(
                    id=job.id, document_id=document_id, tenant_id=tenant_id, attempts=0, status=job.status
                )
            )
        return job

    async def mark(self, job_id: str, status: str, error: Optional[str] = None) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                update(jobs_table)
                .where(jobs_table.c.id == job_id)
                .values(status=status, error=error, attempts=jobs_table.c.attempts + 1)
            )


class S3BlobStore(BlobStore):
    def __init__(self, bucket: str, region: str) -> None:
        self._bucket = bucket
        self._s3 = boto3.client("s3", region_name=region)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(
            partial(
                self._s3.put_object,
                Bucket=self._bucket,
                Key=key,
                Body=data,
                ContentType=content_type,
                ServerSideEncryption="aws:kms",
            )
        )

    async def get(self, key: str) -> bytes:
        obj = await asyncio.to_thread(self._s3.get_object, Bucket=self._bucket, Key=key)
        return obj["Body"].read()


class RedisJobQueue(JobQueue):
    def __init__(self, url: str, name: str = "docqa:ingest") -> None:
        self._redis = aioredis.from_url(url, decode_responses=True)
        self._name = name

    async def submit(self, job: IngestionJob) -> None:
        payload = json.dumps({"job_id": job.id, "document_id": job.document_id, "tenant_id": job.tenant_id})
        await self._redis.lpush(self._name, payload)

    async def next(self, timeout_s: int = 5) -> Optional[Dict[str, Any]]:
        item = await self._redis.brpop(self._name, timeout=timeout_s)
        if item is None:
            return None
        _, payload = item
        return json.loads(payload)


class TikaTextExtractor(TextExtractor):
    """Apache Tika server running as a sidecar; returns one string per page for PDFs."""

    def __init__(self, base_url: str, timeout_s: float = 120.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._http = httpx.Client(timeout=timeout_s)

    def extract(self, data: bytes, content_type: str) -> List[str]:
        resp = self._http.put(
            f"{self._base_url}/rmeta/text",
            content=data,
            headers={"Content-Type": content_type, "Accept": "application/json"},
        )
        if resp.status_code == 422:
            raise UnsupportedDocument(content_type)
        resp.raise_for_status()
        parts = resp.json()
        texts = [p.get("X-TIKA:content", "") or "" for p in parts]
        return [t for t in texts if t.strip()]
