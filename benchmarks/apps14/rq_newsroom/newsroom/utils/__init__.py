import logging
import random
import time

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status_of(exc):
    for attr in ("status_code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def call_with_backoff(fn, *args, attempts=4, base_delay=1.5, **kwargs):
    """Call ``fn`` retrying on rate limits / transient server errors.

    The SDKs retry a couple of times on their own; this is for the long
    worker jobs where we would rather wait a minute than fail the job.
    """
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - re-raised below when not retryable
            status = _status_of(exc)
            if status not in RETRYABLE_STATUS or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 1)
            log.warning("attempt %d/%d failed with %s, retrying in %.1fs", attempt, attempts, status, delay)
            time.sleep(delay)
