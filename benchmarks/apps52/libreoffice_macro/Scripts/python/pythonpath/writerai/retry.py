"""Retry helper for flaky networks (many of our users are on hotel Wi-Fi)."""
import logging
import random
import time

log = logging.getLogger("writerai.retry")

RETRYABLE = ("RateLimitError", "APIConnectionError", "APITimeoutError", "InternalServerError",
             "TimeoutError", "URLError")


def with_retries(fn, *args, attempts=4, base_delay=1.0, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if type(exc).__name__ not in RETRYABLE or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("%s (attempt %d/%d), retrying in %.1fs", exc, attempt, attempts, delay)
            time.sleep(delay)
