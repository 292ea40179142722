from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE = ("RateLimitError", "APITimeoutError", "ThrottlingException", "ServiceUnavailable", "TooManyRequestsError")


def with_retry(fn: Callable[..., T], *args, attempts: int = 4, base: float = 0.5, **kwargs) -> T:
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            name = type(exc).__name__
            if i == attempts - 1 or not any(r in name for r in RETRYABLE):
                raise
            delay = base * (2 ** i) + random.random() * 0.2
            log.warning("retrying %s after %s (%.1fs)", getattr(fn, "__name__", fn), name, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
