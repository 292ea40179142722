"""Small retry helper used outside of huey's own retry mechanism."""
import functools
import logging
import random
import time

log = logging.getLogger(__name__)


def with_backoff(fn, *args, attempts=3, base_delay=1.5, retry_on=(Exception,), **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("attempt %s/%s failed (%s); sleeping %.1fs", attempt, attempts, exc, delay)
            time.sleep(delay)


def retrying(attempts=3, base_delay=1.5):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return with_backoff(fn, *args, attempts=attempts, base_delay=base_delay, **kwargs)

        return wrapper

    return deco
