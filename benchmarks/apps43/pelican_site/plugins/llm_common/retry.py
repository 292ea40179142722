"""Retry helper shared by plugins that call vendors without the SDK's own
retry (e.g. voyage batch calls that hit 429s during full rebuilds)."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 4,
    base_delay: float = 1.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    last: BaseException | None = None
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last = exc
            delay = base_delay * (2 ** i) + random.random()
            log.warning("%s failed (%s); retrying in %.1fs", getattr(fn, "__name__", fn), exc, delay)
            time.sleep(delay)
    assert last is not None
    raise last
