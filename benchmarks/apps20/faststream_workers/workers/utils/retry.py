from __future__ import annotations

import asyncio
import random
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")

RETRYABLE = ("RateLimitError", "APITimeoutError", "InternalServerError", "OverloadedError", "ThrottlingException")


def _is_retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE


async def with_retries(
    fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 4, base_delay: float = 1.0, **kwargs: Any
) -> T:
    for attempt in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts - 1 or not _is_retryable(exc):
                raise
            await asyncio.sleep(base_delay * 2**attempt + random.random())
    raise RuntimeError("unreachable")
