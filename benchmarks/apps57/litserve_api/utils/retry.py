from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def with_backoff(fn: Callable[..., T], *args, attempts: int = 3, base: float = 0.5, **kwargs) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if i == attempts - 1:
                raise
            delay = base * (2**i) + random.random() * 0.1
            log.warning("retrying %s after %s (%.2fs)", getattr(fn, "__name__", fn), exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def retrying(attempts: int = 3):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return with_backoff(fn, *a, attempts=attempts, **kw)

        return wrapper

    return deco
