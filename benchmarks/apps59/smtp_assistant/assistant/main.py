"""Entry point: `python -m assistant.main serve|poll|digest`."""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal

import uvicorn

from assistant.config import get_settings
from assistant.digest import build_digest
from assistant.legacy import old_triage
from assistant.poller import ImapPoller, poll_once
from assistant.smtp.server import build_handler, start_controller
from assistant.storage import get_store

log = logging.getLogger("assistant")


async def _serve() -> None:
    controller = start_controller()
    config = uvicorn.Config("assistant.web.app:app", host="127.0.0.1", port=8080, log_level="info")
    server = uvicorn.Server(config)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    web = asyncio.create_task(server.serve())
    await stop.wait()
    server.should_exit = True
    await web
    controller.stop()


async def _poll() -> None:
    handler = build_handler()
    poller = ImapPoller(get_settings(), on_message=handler.process)
    await poller.run_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="assistant")
    parser.add_argument("command", choices=["serve", "poll", "poll-legacy", "digest"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "serve":
        asyncio.run(_serve())
    elif args.command == "poll":
        asyncio.run(_poll())
    elif args.command == "poll-legacy":
        poll_once(old_triage.handle)
    elif args.command == "digest":
        print(asyncio.run(build_digest(get_store())))


if __name__ == "__main__":
    main()
