"""Retry helper for flaky upstreams (NATS requests and provider calls alike)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status is not None:
        return int(status) in RETRYABLE_STATUS
    return isinstance(exc, (asyncio.TimeoutError, ConnectionError))


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    last: BaseException | None = None
    for i in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            last = exc
            if not _is_retryable(exc) or i == attempts - 1:
                raise
            delay = base_delay * (2**i) + random.uniform(0, base_delay)
            log.warning("retrying %s after %s (%.2fs)", getattr(fn, "__qualname__", fn), type(exc).__name__, delay)
            await asyncio.sleep(delay)
    assert last is not None
    raise last
