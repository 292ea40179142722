#!/usr/bin/env python
"""Move pending tasks from the old list-based queue (aw:queue) to the stream."""
from __future__ import annotations

import asyncio
import json

import redis.asyncio as redis

from agent_workers.config import get_settings
from agent_workers.models import Task


async def migrate(batch: int = 500) -> int:
    s = get_settings()
    r = redis.from_url(s.redis_url)
    moved = 0
    try:
        while True:
            raw = await r.lpop("aw:queue", batch)
            if not raw:
                break
            pipe = r.pipeline()
            for item in raw:
                legacy = json.loads(item)
                task = Task.create(legacy.pop("type"), **legacy.get("args", {}))
                pipe.xadd(s.queue_stream, task.to_stream_fields())
            await pipe.execute()
            moved += len(raw)
    finally:
        await r.aclose()
    return moved


if __name__ == "__main__":
    print(f"moved {asyncio.run(migrate())} tasks")
