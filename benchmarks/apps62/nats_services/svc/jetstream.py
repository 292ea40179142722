"""Helpers for JetStream batch consumers."""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from nats.aio.client import Client as NATS
from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeout
from nats.js.api import AckPolicy, ConsumerConfig, RetentionPolicy, StreamConfig
from nats.js.errors import NotFoundError

log = logging.getLogger(__name__)

BATCH_STREAM = "AI_BATCH"


async def ensure_stream(nc: NATS, name: str = BATCH_STREAM, subjects: list[str] | None = None):
    js = nc.jetstream()
    try:
        await js.stream_info(name)
    except NotFoundError:
        await js.add_stream(
            StreamConfig(
                name=name,
                subjects=subjects or ["batch.>"],
                retention=RetentionPolicy.WORK_QUEUE,
                max_age=7 * 24 * 3600,
            )
        )
    return js


async def push_consumer(
    nc: NATS,
    subject: str,
    durable: str,
    cb: Callable[[Msg], Awaitable[None]],
    *,
    max_ack_pending: int = 16,
):
    js = await ensure_stream(nc)
    return await js.subscribe(
        subject,
        durable=durable,
        cb=cb,
        manual_ack=True,
        config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, max_ack_pending=max_ack_pending, ack_wait=120),
    )


async def pull_loop(
    nc: NATS,
    subject: str,
    durable: str,
    handle_batch: Callable[[list[Msg]], Awaitable[None]],
    *,
    batch: int = 32,
    stop: asyncio.Event | None = None,
) -> None:
    js = await ensure_stream(nc)
    psub = await js.pull_subscribe(subject, durable=durable)
    stop = stop or asyncio.Event()
    while not stop.is_set():
        try:
            msgs = await psub.fetch(batch, timeout=5)
        except NatsTimeout:
            continue
        try:
            await handle_batch(msgs)
        except Exception:  # noqa: BLE001
            log.exception("batch failed, nak'ing %d messages", len(msgs))
            for m in msgs:
                await m.nak(delay=30)
            continue
        for m in msgs:
            await m.ack()
