import logging
import random
import time

log = logging.getLogger("opsbot.retry")

RETRYABLE = ("ThrottlingException", "RateLimitError", "ServiceUnavailableException", "APITimeoutError")


def with_retries(fn, *args, attempts=4, base_delay=1.0, **kwargs):
    """Call fn(*args, **kwargs) retrying on throttling-ish errors."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            name = type(exc).__name__
            code = getattr(getattr(exc, "response", None), "get", lambda *_: None)("Error") or {}
            if attempt == attempts or not (name in RETRYABLE or code.get("Code") in RETRYABLE):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random()
            log.warning("%s on attempt %d, sleeping %.1fs", name, attempt, delay)
            time.sleep(delay)
