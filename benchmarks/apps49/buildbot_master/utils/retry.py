"""Small retry helper (we don't want tenacity on the master)."""
import logging
import random
import time

log = logging.getLogger(__name__)

RETRYABLE_NAMES = {"RateLimitError", "APIConnectionError", "InternalServerError",
                   "ThrottlingException", "ServiceUnavailableError", "APITimeoutError"}


def retry_call(fn, *args, attempts=4, base_delay=1.5, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if type(exc).__name__ not in RETRYABLE_NAMES or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
