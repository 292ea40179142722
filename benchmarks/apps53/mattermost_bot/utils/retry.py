"""Retry helper shared by the jobs. (The SDKs retry too; this covers 5xx from proxies.)"""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)


def with_retry(fn: Callable[..., T], attempts: int = 3, base_delay: float = 1.5) -> Callable[..., T]:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs) -> T:
        for attempt in range(1, attempts + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                if attempt == attempts:
                    raise
                delay = base_delay * (2 ** (attempt - 1)) + random.random()
                logger.warning("retrying %s after %s (%.1fs)", getattr(fn, "__name__", fn), exc, delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")

    return wrapper
