"""Retry helpers with exponential backoff and jitter."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from typing import Any, Awaitable, Callable, Tuple, Type, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if status in RETRYABLE_STATUS:
        return True
    name = type(exc).__name__
    return name in {
        "APIConnectionError",
        "APITimeoutError",
        "RateLimitError",
        "ThrottlingException",
        "ServiceUnavailableException",
        "TimeoutError",
        "ClientConnectorError",
    }


def _delay(attempt: int, base: float, cap: float) -> float:
    return min(cap, base * (2 ** attempt)) * (0.5 + random.random() / 2)


def with_backoff(
    attempts: int = 3,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    exceptions: Tuple[Type[BaseException], ...] = (Exception,),
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> T:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts - 1 or not is_retryable(exc):
                        raise
                    pause = _delay(attempt, base_delay, max_delay)
                    logger.warning("%s failed (%s), retrying in %.2fs", fn.__name__, exc, pause)
                    time.sleep(pause)
            raise AssertionError("unreachable")

        return wrapper

    return decorator


def call_with_retry(fn: Callable[..., T], *args: Any, attempts: int = 3, **kwargs: Any) -> T:
    return with_backoff(attempts=attempts)(fn)(*args, **kwargs)


async def acall_with_retry(
    fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 3, **kwargs: Any
) -> T:
    for attempt in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts - 1 or not is_retryable(exc):
                raise
            await asyncio.sleep(_delay(attempt, 0.5, 8.0))
    raise AssertionError("unreachable")
