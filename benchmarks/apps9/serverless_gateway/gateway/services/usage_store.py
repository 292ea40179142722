"""Persistence for usage events: Postgres (via Prisma) + daily JSONL archive in S3."""
from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional

import boto3
from prisma import Prisma

from gateway.config import get_settings
from gateway.observability import get_logger

log = get_logger(__name__)

_ARCHIVE_BATCH = 500


class UsageStore:
    _shared: Optional["UsageStore"] = None

    def __init__(self, db: Optional[Prisma] = None):
        self._db = db or Prisma(auto_register=True)
        self._s3 = boto3.client("s3")
        self._bucket = get_settings().usage_bucket
        self._buffer: List[Dict[str, Any]] = []
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="usage-archive")

    @classmethod
    def shared(cls) -> "UsageStore":
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    async def _ensure_connected(self) -> None:
        if not self._db.is_connected():
            await self._db.connect()

    async def record(self, usage_log) -> None:
        await self._ensure_connected()
        row = await self._db.usageevent.create(
            data={
                "team": usage_log.team,
                "provider": usage_log.provider,
                "model": usage_log.model,
                "inputTokens": usage_log.input_tokens,
                "outputTokens": usage_log.output_tokens,
                "latencyMs": usage_log.latency_ms,
            }
        )
        self._append({"id": row.id, "feature": usage_log.feature_context, "cost_usd": usage_log.cost_usd})

    async def record_request(self, *, team: str, provider: str, model: str, usage: Dict[str, int], latency_ms: int) -> None:
        """Metering for customer traffic through the public routes."""
        await self._ensure_connected()
        await self._db.usageevent.create(
            data={
                "team": team,
                "provider": provider,
                "model": model,
                "inputTokens": usage.get("prompt_tokens", 0),
                "outputTokens": usage.get("completion_tokens", 0),
                "latencyMs": latency_ms,
            }
        )

    def _append(self, event: Dict[str, Any]) -> None:
        with self._lock:
            self._buffer.append(event)
            if len(self._buffer) < _ARCHIVE_BATCH:
                return
            batch, self._buffer = self._buffer, []
        self._executor.submit(self._archive, batch)

    def _archive(self, batch: List[Dict[str, Any]]) -> None:
        today = dt.datetime.utcnow().strftime("%Y/%m/%d")
        key = f"usage/{today}/{uuid.uuid4().hex}.jsonl"
        body = "\n".join(json.dumps(e, default=str) for e in batch).encode()
        try:
            self._s3.put_object(Bucket=self._bucket, Key=key, Body=body, ContentType="application/x-ndjson")
        except Exception:
            log.exception("usage_archive_failed", key=key, n=len(batch))

    def flush(self) -> None:
        with self._lock:
            batch, self._buffer = self._buffer, []
        if batch:
            self._archive(batch)
