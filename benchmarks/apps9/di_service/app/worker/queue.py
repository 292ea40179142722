"""Tiny Redis-list job queue. We outgrew RQ's worker model but kept its job shape."""
import json
import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Optional

logger = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    kwargs: Dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    enqueued_at: float = field(default_factory=time.time)
    attempts: int = 0


class JobQueue:
    def __init__(self, redis, name: str = "support-jobs") -> None:
        self._redis = redis
        self._name = name

    async def submit(self, name: str, **kwargs: Any) -> str:
        job = Job(name=name, kwargs=kwargs)
        await self._redis.lpush(self._name, json.dumps(asdict(job)))
        logger.debug("queued %s (%s)", name, job.id)
        return job.id

    async def retry(self, job: Job, max_attempts: int = 5) -> bool:
        job.attempts += 1
        if job.attempts >= max_attempts:
            await self._redis.lpush(f"{self._name}:dead", json.dumps(asdict(job)))
            return False
        await self._redis.lpush(self._name, json.dumps(asdict(job)))
        return True

    async def next(self, timeout: int = 5) -> Optional[Job]:
        item = await self._redis.brpop(self._name, timeout=timeout)
        if item is None:
            return None
        _, raw = item
        return Job(**json.loads(raw))
