"""Worker entrypoint.

    python worker.py --queues llm,embed --concurrency 8
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from docproc.db import close_pool, get_pool
from llm.clients import build_worker_clients
from tasks.app import app

logger = logging.getLogger("docproc.worker")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--queues", default="llm,embed,ocr,legacy,maintenance")
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--embedder", default="voyage", choices=["voyage", "mistral", "openai"])
    p.add_argument("--wait", action="store_true", default=True)
    return p.parse_args()


async def main() -> None:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    await get_pool()
    additional_context = build_worker_clients()
    additional_context["embedder"] = args.embedder
    queues = [q.strip() for q in args.queues.split(",") if q.strip()]
    logger.info("starting worker on %s (concurrency=%d)", queues, args.concurrency)
    try:
        async with app.open_async():
            await app.run_worker_async(
                queues=queues,
                concurrency=args.concurrency,
                wait=args.wait,
                additional_context=additional_context,
                install_signal_handlers=True,
            )
    finally:
        await close_pool()


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    asyncio.run(main())
