"""Retry helper shared by the batch scripts and a couple of commands."""
import random
import time

import FreeCAD

RETRYABLE = ("RateLimitError", "APITimeoutError", "APIConnectionError", "InternalServerError", "OverloadedError")


def with_retry(fn, *args, attempts=4, base_delay=1.5, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if type(exc).__name__ not in RETRYABLE or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            FreeCAD.Console.PrintLog("AIAssist: %s, retrying in %.1fs\n" % (type(exc).__name__, delay))
            time.sleep(delay)
