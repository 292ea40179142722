"""Tiny Redis-backed job registry so clients can poll background work."""
from __future__ import annotations

import json
import uuid
from typing import Any, Dict, Optional

import redis.asyncio as redis

from gateway.config import get_settings
from gateway.schemas import JobStatus

_TTL_S = 7 * 24 * 3600


class JobQueue:
    def __init__(self, url: str) -> None:
        self._redis = redis.from_url(url, decode_responses=True)

    async def submit(self, kind: str, params: Dict[str, Any]) -> JobStatus:
        job_id = f"{kind}-{uuid.uuid4().hex[:12]}"
        status = JobStatus(job_id=job_id, state="queued")
        await self._redis.set(f"job:{job_id}", status.model_dump_json(), ex=_TTL_S)
        await self._redis.rpush(f"jobs:{kind}", json.dumps({"job_id": job_id, **params}))
        return status

    async def get(self, job_id: str) -> Optional[JobStatus]:
        raw = await self._redis.get(f"job:{job_id}")
        return JobStatus.model_validate_json(raw) if raw else None

    async def update(self, job_id: str, **changes: Any) -> None:
        current = await self.get(job_id)
        if current is None:
            return
        updated = current.model_copy(update=changes)
        await self._redis.set(f"job:{job_id}", updated.model_dump_json(), ex=_TTL_S)


job_queue = JobQueue(get_settings().redis_url)
