"""Small retry helper. We used tenacity before; this is all we needed."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, Iterable, Type, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in RETRYABLE_STATUS:
        return True
    return exc.__class__.__name__ in {"APIConnectionError", "APITimeoutError", "ReadTimeout", "ConnectError"}


def with_retries(
    fn: Callable[..., T],
    *args,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: Iterable[Type[BaseException]] = (Exception,),
    **kwargs,
) -> T:
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except tuple(retry_on) as exc:  # type: ignore[misc]
            last = exc
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    assert last is not None
    raise last
