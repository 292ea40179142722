"""Retry helper for flaky upstreams (429s mostly)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


async def with_retry(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 1.0,
    **kwargs: Any,
) -> T:
    last: Exception | None = None
    for i in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - SDK error classes differ per vendor
            last = exc
            status = getattr(exc, "status_code", None)
            if status is not None and status < 500 and status != 429:
                raise
            delay = base_delay * (2**i) + random.random()
            log.warning("retry %d/%d after %s (%.1fs)", i + 1, attempts, exc, delay)
            await asyncio.sleep(delay)
    assert last is not None
    raise last
