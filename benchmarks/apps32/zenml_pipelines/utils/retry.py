"""Small retry helper used by steps that talk to flaky APIs."""

from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)


def with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 4,
    base_delay: float = 1.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with exponential backoff."""
    last_exc: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last_exc = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            logger.warning("attempt %s/%s failed (%s); sleeping %.1fs", attempt, attempts, exc, delay)
            time.sleep(delay)
    assert last_exc is not None
    raise last_exc


def chunked(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]
