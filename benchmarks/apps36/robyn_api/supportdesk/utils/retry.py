"""Retry helper used around flaky provider calls."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 0.5, **kwargs: Any) -> T:
    last: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # provider SDKs raise many things
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 10
            logger.warning("attempt %s/%s failed: %s; sleeping %.2fs", attempt, attempts, exc, delay)
            time.sleep(delay)
    assert last is not None
    raise last


async def awith_retries(
    fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 3, base_delay: float = 0.5, **kwargs: Any
) -> T:
    last: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            last = exc
            await asyncio.sleep(base_delay * (2 ** (attempt - 1)))
    assert last is not None
    raise last
