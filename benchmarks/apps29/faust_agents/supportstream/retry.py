"""Small async retry helper (we don't want tenacity in the worker image)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status in RETRYABLE_STATUS or isinstance(exc, (asyncio.TimeoutError, ConnectionError))


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 4,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not _is_retryable(exc) or attempt == attempts:
                raise
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.info("retrying %s in %.2fs (%s)", getattr(fn, "__qualname__", fn), delay, exc)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable") from last
