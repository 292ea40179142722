from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE = ("RateLimitError", "APITimeoutError", "APIConnectionError", "InternalServerError", "OverloadedError")


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 0.8, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # SDK exceptions differ per vendor
            if type(exc).__name__ not in RETRYABLE or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 4
            log.info("retrying %s after %s (%.1fs)", getattr(fn, "__qualname__", fn), exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
