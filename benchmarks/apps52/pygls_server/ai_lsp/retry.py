from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status(exc: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    last: BaseException | None = None
    for attempt in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status(exc)
            if status is not None and status not in RETRYABLE_STATUS:
                raise
            last = exc
            delay = base_delay * (2**attempt) + random.uniform(0, 0.25)
            log.debug("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt + 1)
            await asyncio.sleep(delay)
    assert last is not None
    raise last
