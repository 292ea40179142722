"""Tiny retry helper; we avoid tenacity to keep the image small."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)


def with_retry(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.1)
            logger.info("retry %d/%d after %s (%.2fs)", attempt, attempts, exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def retrying(attempts: int = 3) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        def wrapper(*a: Any, **kw: Any) -> T:
            return with_retry(fn, *a, attempts=attempts, **kw)

        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper

    return deco
