"""Tiny retry helper for flaky upstreams."""

from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry(fn: Callable[..., T], *args, attempts: int = 3, base_delay: float = 0.5, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 10
            log.warning("retrying %s after %s (%.2fs)", getattr(fn, "__name__", fn), exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def retrying(attempts: int = 3):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return retry(fn, *a, attempts=attempts, **kw)

        return wrapper

    return deco
