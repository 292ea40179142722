"""Retry helpers for blocking SDK calls run in the reactor threadpool."""
import random

from twisted.internet import defer, reactor, task, threads
from twisted.python import log
from twisted.python.failure import Failure

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _is_retryable(failure):
    exc = failure.value
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    return status in RETRYABLE_STATUS or exc.__class__.__name__ in ("APIConnectionError", "APITimeoutError")


@defer.inlineCallbacks
def call_in_thread_with_retry(fn, *args, **kwargs):
    attempts = kwargs.pop("_attempts", 4)
    delay = kwargs.pop("_base_delay", 0.5)
    for attempt in range(attempts):
        try:
            result = yield threads.deferToThread(fn, *args, **kwargs)
            defer.returnValue(result)
        except Exception:
            f = Failure()
            if attempt == attempts - 1 or not _is_retryable(f):
                raise
            wait = delay * (2 ** attempt) + random.random() * 0.1
            log.msg("retrying %r in %.2fs (%s)" % (fn, wait, f.getErrorMessage()))
            yield task.deferLater(reactor, wait, lambda: None)
