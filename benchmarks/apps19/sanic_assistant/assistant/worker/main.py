from __future__ import annotations

import asyncio
import json
import logging
import os
import signal

from redis import asyncio as aioredis
from tortoise import Tortoise

from .. import clients
from ..config import Settings
from .jobs import HANDLERS, JobContext

log = logging.getLogger("assistant.worker")


def worker_main(queue: str, redis_url: str, **_kwargs) -> None:
    """Entry point of the managed process (sync, Sanic calls it in a new process)."""
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    asyncio.run(_run(queue, redis_url))


async def _run(queue: str, redis_url: str) -> None:
    cfg = Settings.from_env()
    await Tortoise.init(db_url=cfg.database_url, modules={"models": ["assistant.models"]})
    redis = aioredis.from_url(redis_url)
    ctx = JobContext(
        openai=clients.make_openai(cfg),
        cerebras=clients.make_cerebras_compat(cfg),
        together=clients.make_together(cfg),
        redis=redis,
        settings=cfg,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    log.info("worker listening on %s", queue)
    while not stop.is_set():
        item = await redis.blpop(queue, timeout=5)
        if item is None:
            continue
        _, raw = item
        try:
            job = json.loads(raw)
            handler = HANDLERS[job["type"]]
        except (ValueError, KeyError):
            log.error("bad job: %r", raw[:200])
            continue
        try:
            await handler(job, ctx)
        except Exception:  # noqa: BLE001
            log.exception("job %s failed", job.get("id"))
            await redis.rpush(queue + ":dead", raw)

    await ctx.openai.close()
    await ctx.cerebras.close()
    await ctx.together.close()
    await redis.aclose()
    await Tortoise.close_connections()
