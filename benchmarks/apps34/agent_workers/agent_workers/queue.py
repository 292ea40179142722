"""Redis Streams backed task queue."""
from __future__ import annotations

import logging
from typing import AsyncIterator

import redis.asyncio as redis
from redis.exceptions import ResponseError

from agent_workers.models import Task, TaskResult

log = logging.getLogger(__name__)


class TaskQueue:
    def __init__(self, client: redis.Redis, stream: str, group: str, dead_letter: str) -> None:
        self.redis = client
        self.stream = stream
        self.group = group
        self.dead_letter = dead_letter

    @classmethod
    def from_url(cls, url: str, stream: str, group: str, dead_letter: str) -> "TaskQueue":
        return cls(redis.from_url(url), stream, group, dead_letter)

    async def ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def put(self, task: Task) -> str:
        msg_id = await self.redis.xadd(self.stream, task.to_stream_fields())
        return msg_id.decode() if isinstance(msg_id, bytes) else msg_id

    async def consume(self, consumer: str, count: int = 1, block_ms: int = 5000) -> AsyncIterator[tuple[str, Task]]:
        while True:
            batches = await self.redis.xreadgroup(
                self.group, consumer, {self.stream: ">"}, count=count, block=block_ms
            )
            for _stream, messages in batches or []:
                for msg_id, fields in messages:
                    try:
                        yield (msg_id.decode() if isinstance(msg_id, bytes) else msg_id), Task.from_stream_fields(fields)
                    except Exception:
                        log.exception("dropping malformed message %s", msg_id)
                        await self.ack(msg_id)

    async def ack(self, msg_id: str | bytes) -> None:
        await self.redis.xack(self.stream, self.group, msg_id)

    async def retry(self, msg_id: str, task: Task, max_attempts: int) -> None:
        task.attempts += 1
        if task.attempts >= max_attempts:
            await self.redis.xadd(self.dead_letter, task.to_stream_fields())
        else:
            await self.redis.xadd(self.stream, task.to_stream_fields())
        await self.ack(msg_id)

    async def store_result(self, result: TaskResult, ttl_s: int = 86400) -> None:
        await self.redis.set(f"aw:result:{result.task_id}", result.model_dump_json(), ex=ttl_s)

    async def get_result(self, task_id: str) -> TaskResult | None:
        raw = await self.redis.get(f"aw:result:{task_id}")
        return TaskResult.model_validate_json(raw) if raw else None

    async def depth(self) -> int:
        return await self.redis.xlen(self.stream)

    async def close(self) -> None:
        await self.redis.aclose()
