"""Small async retry helper (we dropped tenacity to keep the image slim)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None)
    return status in RETRYABLE_STATUS or isinstance(exc, (asyncio.TimeoutError, ConnectionError))


async def with_retries(
    fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 4, base_delay: float = 0.5, **kwargs: Any
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 4
            log.info("retry %d/%d after %.2fs: %s", attempt, attempts, delay, exc)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")
