"""Tiny retry helper (we don't want tenacity in every script's lockfile)."""
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status in RETRYABLE_STATUS or exc.__class__.__name__ in {
        "APIConnectionError", "APITimeoutError", "RateLimitError", "ReadTimeout",
    }


def with_retry(fn: Callable[..., T], *args: Any, attempts: int = 4,
               base_delay: float = 1.5, **kwargs: Any) -> T:
    last: BaseException | None = None
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not _is_retryable(exc) or attempt == attempts - 1:
                raise
            last = exc
            delay = base_delay * (2 ** attempt) + random.uniform(0, 0.5)
            print(f"retryable error ({exc.__class__.__name__}), sleeping {delay:.1f}s")
            time.sleep(delay)
    raise RuntimeError("unreachable") from last


def retrying(exceptions: Tuple[Type[BaseException], ...] = (Exception,), attempts: int = 3):
    def deco(fn):
        def wrapper(*a, **kw):
            for i in range(attempts):
                try:
                    return fn(*a, **kw)
                except exceptions:
                    if i == attempts - 1:
                        raise
                    time.sleep(2 ** i)
        return wrapper
    return deco
