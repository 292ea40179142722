"""Health/readiness probes.  These must never spend tokens."""
from __future__ import annotations

import asyncio
from typing import Any

from agent_workers.config import Settings
from agent_workers.queue import TaskQueue
from agent_workers.toolbox import Toolbox


async def check_redis(queue: TaskQueue) -> dict[str, Any]:
    pong = await queue.redis.ping()
    return {"ok": bool(pong), "depth": await queue.depth()}


async def check_openai(toolbox: Toolbox) -> dict[str, Any]:
    page = await toolbox.openai.models.list()
    return {"ok": True, "models": len(page.data)}


async def check_anthropic(toolbox: Toolbox) -> dict[str, Any]:
    page = await toolbox.anthropic.models.list(limit=1)
    return {"ok": bool(page.data)}


def check_gemini(toolbox: Toolbox) -> dict[str, Any]:
    names = [m.name for m in toolbox.genai.models.list(config={"page_size": 5})]
    return {"ok": bool(names)}


async def readiness(settings: Settings) -> dict[str, Any]:
    toolbox = Toolbox.create(settings)
    queue = TaskQueue.from_url(settings.redis_url, settings.queue_stream, settings.queue_group, settings.dead_letter_stream)
    try:
        redis_s, openai_s, anthropic_s = await asyncio.gather(
            check_redis(queue), check_openai(toolbox), check_anthropic(toolbox), return_exceptions=True
        )
        gemini_s = await asyncio.to_thread(check_gemini, toolbox)
        return {"redis": redis_s, "openai": openai_s, "anthropic": anthropic_s, "gemini": gemini_s}
    finally:
        await queue.close()
        await toolbox.aclose()
