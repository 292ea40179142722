# -*- coding: utf-8 -*-
import time

from resources.lib.kodiutils import log

RETRYABLE = ("RateLimitError", "APITimeoutError", "APIConnectionError", "InternalServerError", "OverloadedError")


def with_retry(fn, *args, **kwargs):
    attempts = kwargs.pop("_attempts", 3)
    delay = 1.5
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if type(exc).__name__ not in RETRYABLE or attempt == attempts:
                raise
            log("retry {} after {}: {}".format(attempt, delay, exc))
            time.sleep(delay)
            delay *= 2
