"""Retry helper for provider calls.

We started with tenacity decorators on each method, then moved to this
function-style wrapper so DoFns can retry arbitrary SDK callables and count
failures in Beam metrics.
"""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Optional, Tuple, Type, TypeVar

from apache_beam.metrics import Metrics

T = TypeVar("T")
_LOG = logging.getLogger(__name__)
_retries = Metrics.counter("newsenrich", "provider_retries")
_giveups = Metrics.counter("newsenrich", "provider_giveups")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in RETRYABLE_STATUS:
        return True
    return exc.__class__.__name__ in {"APITimeoutError", "APIConnectionError", "ReadTimeout", "ConnectError"}


def with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 5,
    base_delay: float = 1.0,
    retry_on: Optional[Tuple[Type[BaseException], ...]] = None,
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            retryable = isinstance(exc, retry_on) if retry_on else _is_retryable(exc)
            if not retryable or attempt == attempts:
                _giveups.inc()
                raise
            _retries.inc()
            delay = base_delay * (2 ** (attempt - 1)) * (0.5 + random.random())
            _LOG.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
    raise AssertionError("unreachable")
