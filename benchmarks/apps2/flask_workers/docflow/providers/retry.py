"""Retry decorator with exponential backoff and jitter."""
from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def with_retry(
    attempts: int = 3,
    *,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
) -> Callable[[F], F]:
    """Retry the wrapped callable on ``retry_on`` exceptions."""

    if attempts < 1:
        raise ValueError("attempts must be >= 1")

    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        raise
                    sleep_for = min(delay, max_delay) + random.uniform(0, delay / 2)
                    logger.warning(
                        "%s failed (%s: %s), retry %d/%d in %.1fs",
                        getattr(fn, "__qualname__", fn),
                        type(exc).__name__,
                        exc,
                        attempt,
                        attempts - 1,
                        sleep_for,
                    )
                    time.sleep(sleep_for)
                    delay *= 2
            raise AssertionError("unreachable")

        return wrapper  # type: ignore[return-value]

    return decorator
