from __future__ import annotations

import fakeredis.aioredis
import pytest

from agent_workers.models import Task, TaskResult, TaskStatus
from agent_workers.queue import TaskQueue


@pytest.fixture
async def queue():
    q = TaskQueue(fakeredis.aioredis.FakeRedis(), "t:stream", "t:group", "t:dead")
    await q.ensure_group()
    yield q
    await q.close()


@pytest.mark.asyncio
async def test_put_and_consume(queue):
    await queue.put(Task.create("summarise", text="x"))
    agen = queue.consume("c1", block_ms=10)
    msg_id, task = await agen.__anext__()
    assert task.kind == "summarise"
    await queue.ack(msg_id)


@pytest.mark.asyncio
async def test_retry_dead_letters(queue):
    task = Task.create("translate", text="x", target="de")
    msg_id = await queue.put(task)
    task.attempts = 2
    await queue.retry(msg_id, task, max_attempts=3)
    assert await queue.redis.xlen("t:dead") == 1


@pytest.mark.asyncio
async def test_results_roundtrip(queue):
    task = Task.create("echo")
    await queue.store_result(TaskResult.ok(task, {"a": 1}))
    got = await queue.get_result(task.id)
    assert got.status is TaskStatus.DONE
