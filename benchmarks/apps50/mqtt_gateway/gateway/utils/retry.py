"""Small retry helper (we did not want tenacity on the edge image)."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def retry(fn: Callable[..., T], attempts: int = 3, base_delay: float = 0.5) -> Callable[..., T]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        last: Exception | None = None
        for i in range(attempts):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - provider errors vary
                last = exc
                delay = base_delay * (2**i) + random.uniform(0, 0.2)
                log.warning("attempt %d/%d failed (%s), sleeping %.2fs", i + 1, attempts, exc, delay)
                time.sleep(delay)
        assert last is not None
        raise last

    return wrapper
