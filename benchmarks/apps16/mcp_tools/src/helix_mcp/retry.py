"""Retry helpers for calls that don't have SDK-level retries configured."""
import asyncio
import logging
import random
import time
from typing import Awaitable, Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 529})


def _is_retryable(exc: BaseException, retry_on: Tuple[Type[BaseException], ...]) -> bool:
    if isinstance(exc, retry_on):
        return True
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    return status in RETRYABLE_STATUS


def _delay(attempt: int, base: float) -> float:
    return base * (2 ** (attempt - 1)) + random.uniform(0, base)


def retry_call(
    fn: Callable[..., T],
    *args,
    attempts: int = 3,
    base_delay: float = 1.0,
    retry_on: Tuple[Type[BaseException], ...] = (TimeoutError, ConnectionError),
    **kwargs,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - filtered below
            if attempt == attempts or not _is_retryable(exc, retry_on):
                raise
            wait = _delay(attempt, base_delay)
            log.warning("%s failed (%s); retry %d/%d in %.1fs", getattr(fn, "__qualname__", fn), exc, attempt, attempts, wait)
            time.sleep(wait)
    raise AssertionError("unreachable")


async def aretry_call(
    fn: Callable[..., Awaitable[T]],
    *args,
    attempts: int = 3,
    base_delay: float = 1.0,
    retry_on: Tuple[Type[BaseException], ...] = (TimeoutError, ConnectionError),
    **kwargs,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc, retry_on):
                raise
            await asyncio.sleep(_delay(attempt, base_delay))
    raise AssertionError("unreachable")
