"""Retry helper for flaky vendor APIs."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args,
    attempts: int = 4,
    base_delay: float = 1.0,
    **kwargs,
) -> T:
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - vendor SDKs raise many types
            last_exc = exc
            delay = base_delay * 2 ** (attempt - 1) + random.random()
            logger.warning("attempt %d/%d failed (%s); retrying in %.1fs", attempt, attempts, exc, delay)
            await asyncio.sleep(delay)
    assert last_exc is not None
    raise last_exc
