"""Small retry helper.

Prefect task retries cover most failures, but inside a task we often loop over
hundreds of items and do not want one throttled request to restart the whole
task.
"""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry_on(
    exceptions: Tuple[Type[BaseException], ...],
    attempts: int = 4,
    base_delay: float = 1.5,
    max_delay: float = 30.0,
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                    delay += random.uniform(0, delay / 4)
                    log.warning("%s failed (%s), retry %d/%d in %.1fs",
                                fn.__name__, exc, attempt, attempts - 1, delay)
                    time.sleep(delay)
            raise AssertionError("unreachable")

        return wrapper

    return decorator
