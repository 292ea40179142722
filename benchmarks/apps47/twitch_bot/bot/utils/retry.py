"""Tiny async retry helper (we didn't want tenacity just for this)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except retry_on as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.25)
            log.warning("%s failed (%s), retry %d/%d in %.1fs", getattr(fn, "__qualname__", fn), exc, attempt, attempts, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")
