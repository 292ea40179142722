"""Retry helper for flaky network calls (the house internet is not great)."""
import logging
import random
import time

_LOGGER = logging.getLogger(__name__)


def with_retries(fn, *args, attempts=3, base_delay=1.0, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 2
            _LOGGER.info("attempt %d of %s failed (%s); retrying in %.1fs", attempt,
                         getattr(fn, "__qualname__", fn), exc, delay)
            time.sleep(delay)
