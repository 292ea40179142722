"""Entrypoint: ``python -m svc.runner services.summariser:SummariserService [...]``."""
from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import signal

import nats

from svc.config import get_settings
from svc.llm import LLMClients, ProviderRegistry

log = logging.getLogger("svc.runner")


def load(spec: str):
    module_name, _, cls_name = spec.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, cls_name)


async def connect(settings=None):
    settings = settings or get_settings()
    return await nats.connect(
        servers=settings.nats_servers,
        user=settings.nats_user,
        password=settings.nats_password,
        name="ai-services",
        max_reconnect_attempts=-1,
        reconnect_time_wait=2,
    )


async def main(specs: list[str]) -> None:
    settings = get_settings()
    nc = await connect(settings)
    llm = LLMClients.from_settings(settings)
    registry = ProviderRegistry.from_clients(llm)

    services = [load(s)(nc, settings=settings, llm=llm, registry=registry) for s in specs]
    for s in services:
        await s.start()

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    log.info("started %d service(s)", len(services))
    await stop.wait()

    for s in services:
        await s.stop()
    await nc.drain()
    await llm.aclose()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("services", nargs="+")
    args = parser.parse_args()
    asyncio.run(main(args.services))
