"""A small retry decorator that works for sync and async callables."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable)

RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def _is_retryable(exc: BaseException, retry_on: Tuple[Type[BaseException], ...]) -> bool:
    if isinstance(exc, retry_on):
        return True
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    return isinstance(status, int) and status in RETRYABLE_STATUS


def _delay(attempt: int, base: float, cap: float) -> float:
    return min(cap, base * (2 ** attempt)) * (0.5 + random.random() / 2)


def retry(attempts: int = 4, base: float = 0.5, cap: float = 20.0,
          retry_on: Tuple[Type[BaseException], ...] = (TimeoutError, ConnectionError)) -> Callable[[F], F]:
    def decorator(fn: F) -> F:
        if asyncio.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args, **kwargs):
                for attempt in range(attempts):
                    try:
                        return await fn(*args, **kwargs)
                    except Exception as exc:  # noqa: BLE001
                        if attempt == attempts - 1 or not _is_retryable(exc, retry_on):
                            raise
                        wait = _delay(attempt, base, cap)
                        log.warning("%s failed (%s), retry %d in %.1fs", fn.__qualname__, exc, attempt + 1, wait)
                        await asyncio.sleep(wait)
            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001
                    if attempt == attempts - 1 or not _is_retryable(exc, retry_on):
                        raise
                    wait = _delay(attempt, base, cap)
                    log.warning("%s failed (%s), retry %d in %.1fs", fn.__qualname__, exc, attempt + 1, wait)
                    time.sleep(wait)
        return wrapper  # type: ignore[return-value]

    return decorator
