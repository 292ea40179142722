"""Persistence: Postgres (runs, passages, usage) and S3 (artifacts), plus Slack alerts."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Sequence

import requests
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from agentd.config import get_settings

log = logging.getLogger(__name__)


def _vec(v: Sequence[float]) -> str:
    return "[" + ",".join(f"{x:.7f}" for x in v) + "]"


class RunStore:
    def __init__(self, database_url: str) -> None:
        self._engine: AsyncEngine = create_async_engine(database_url, pool_size=10, pool_pre_ping=True)

    async def create(self, *, run_id: str, tenant_id: Optional[str], task: str, status: str, **extra: Any) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO agent_runs (id, tenant_id, task, status, extra) "
                    "VALUES (:id, :tenant, :task, :status, CAST(:extra AS jsonb))"
                ),
                {"id": run_id, "tenant": tenant_id, "task": task, "status": status, "extra": json.dumps(extra, default=str)},
            )

    async def set_title(self, conversation_id: str, title: str) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text("UPDATE conversations SET title = :t WHERE id = :id"), {"t": title, "id": conversation_id}
            )

    async def save_transcript(self, message_id: str, transcript: str) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text("UPDATE messages SET transcript = :t WHERE id = :id"), {"t": transcript, "id": message_id}
            )

    async def save_reply(self, message_id: str, reply: str) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text("INSERT INTO replies (message_id, body) VALUES (:id, :body)"), {"id": message_id, "body": reply}
            )

    async def get_document(self, document_id: str) -> Dict[str, Any]:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    text("SELECT id, collection, source, body AS text FROM documents WHERE id = :id"),
                    {"id": document_id},
                )
            ).mappings().one()
        return dict(row)

    async def upsert_passages(
        self, collection: str, source: str, chunks: Sequence[str], vectors: Sequence[Sequence[float]]
    ) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(text("DELETE FROM passages WHERE source = :s"), {"s": source})
            await conn.execute(
                text(
                    "INSERT INTO passages (collection, source, ord, text, embedding) "
                    "VALUES (:c, :s, :o, :t, CAST(:e AS vector))"
                ),
                [
                    {"c": collection, "s": source, "o": i, "t": chunk, "e": _vec(vec)}
                    for i, (chunk, vec) in enumerate(zip(chunks, vectors))
                ],
            )

    async def nearest_passages(self, collection: str, vector: Sequence[float], limit: int = 20) -> List[Dict[str, Any]]:
        async with self._engine.connect() as conn:
            result = await conn.execute(
                text(
                    "SELECT source, text FROM passages WHERE collection = :c "
                    "ORDER BY embedding <=> CAST(:v AS vector) LIMIT :k"
                ),
                {"c": collection, "v": _vec(vector), "k": limit},
            )
            return [dict(r) for r in result.mappings()]

    async def save_memory(self, tenant_id: Optional[str], summary: str, embedding: Sequence[float]) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text("INSERT INTO memories (tenant_id, summary, embedding) VALUES (:t, :s, CAST(:e AS vector))"),
                {"t": tenant_id, "s": summary, "e": _vec(embedding)},
            )

    async def record_usage(self, entry: Dict[str, Any]) -> None:
        async with self._engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO llm_usage_logs (provider, model, feature_context, tenant_id, request_id, "
                    "input_tokens, output_tokens, latency_ms, success, error, created_at) VALUES "
                    "(:provider, :model, :feature_context, :tenant_id, :request_id, :input_tokens, "
                    ":output_tokens, :latency_ms, :success, :error, :created_at)"
                ),
                entry,
            )


class ArtifactStore:
    def __init__(self, s3_client: Any, bucket: str) -> None:
        self._s3 = s3_client
        self._bucket = bucket

    def put_artifact(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> str:
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=data, ContentType=content_type)
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=7 * 24 * 3600
        )

    def get_bytes(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=key)
        return obj["Body"].read()


def notify_slack(message: str, *, channel: Optional[str] = None) -> bool:
    url = get_settings().slack_webhook_url
    if not url:
        log.info("slack disabled; would have sent: %s", message)
        return False
    payload: Dict[str, Any] = {"text": message}
    if channel:
        payload["channel"] = channel
    resp = requests.post(url, json=payload, timeout=5)
    if resp.status_code >= 300:
        log.warning("slack webhook returned %s", resp.status_code)
        return False
    return True
