"""Entrypoint: python -m monitor.main"""
from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web

from monitor.config import get_settings
from monitor.context import build_context
from monitor.reporters import load_reporters
from monitor.scheduler import build_scheduler, register_jobs
from monitor.status_api import make_app

log = logging.getLogger("monitor")


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = get_settings()
    ctx = build_context(settings)
    ctx.reporters = load_reporters(settings, ctx)

    scheduler = build_scheduler(settings)
    register_jobs(scheduler, ctx)
    scheduler.start()

    runner = web.AppRunner(make_app(scheduler, ctx))
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", settings.status_port)
    await site.start()
    log.info("status endpoint on :%d", settings.status_port)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()

    scheduler.shutdown(wait=False)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
