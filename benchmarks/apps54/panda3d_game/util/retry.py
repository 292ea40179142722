"""Tiny retry helper for flaky network calls."""
import functools
import logging
import random
import time

log = logging.getLogger("hollowmere.retry")


def with_retry(fn, attempts: int = 3, base_delay: float = 0.5):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for i in range(attempts):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                if i == attempts - 1:
                    raise
                delay = base_delay * (2 ** i) + random.random() * 0.1
                log.info("retrying %s after %r (%.2fs)", getattr(fn, "__name__", fn), exc, delay)
                time.sleep(delay)

    return wrapper
