"""
Retry helper. Kept dependency free on purpose (tenacity isn't on the
hardened minion image).
"""
import logging
import random
import time

log = logging.getLogger(__name__)

RETRYABLE = ("RateLimitError", "APITimeoutError", "APIConnectionError",
             "InternalServerError", "ThrottlingException", "ServiceUnavailableException")


def _is_retryable(exc):
    name = type(exc).__name__
    if name in RETRYABLE:
        return True
    code = getattr(getattr(exc, "response", None), "get", lambda *_: None)("Error")
    return bool(code and code.get("Code") in RETRYABLE)


def with_retries(fn, *args, attempts=4, base_delay=1.0, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # pylint: disable=broad-except
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("retrying %s after %s (%.1fs)", getattr(fn, "__qualname__", fn), exc, delay)
            time.sleep(delay)
    return None
