"""Small retry helper used by the automation scripts (tenacity is overkill there)."""
from __future__ import annotations

import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 1.5, **kwargs: Any) -> T:
    last: Exception | None = None
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            last = exc
            time.sleep(base_delay * (2 ** i) + random.random())
    assert last is not None
    raise last
