"""Helpers to run blocking work off the Kivy main thread."""
import functools
import logging
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from kivy.clock import Clock, mainthread

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="tutor-bg")


def run_in_background(fn, *args, on_done=None, on_error=None, **kwargs):
    """Run ``fn`` on the pool; deliver the result on the UI thread."""

    def _done(fut):
        exc = fut.exception()
        if exc is not None:
            log.warning("background task failed: %r", exc)
            if on_error:
                Clock.schedule_once(lambda dt: on_error(exc))
            return
        if on_done:
            result = fut.result()
            Clock.schedule_once(lambda dt: on_done(result))

    future = _executor.submit(fn, *args, **kwargs)
    future.add_done_callback(_done)
    return future


def start_thread(target, *args):
    t = threading.Thread(target=target, args=args, daemon=True)
    t.start()
    return t


@mainthread
def call_on_ui(fn, *args):
    fn(*args)


def shutdown():
    _executor.shutdown(wait=False, cancel_futures=True)


# --- retries (was tutor/utils/retry.py) ---

def with_retries(fn, attempts=3, base_delay=0.8, retry_on=(Exception,)):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for i in range(attempts):
            try:
                return fn(*args, **kwargs)
            except retry_on as exc:
                if i == attempts - 1:
                    raise
                delay = base_delay * (2 ** i) + random.random() * 0.2
                log.info("retrying %s after %r (%.1fs)", getattr(fn, "__name__", fn), exc, delay)
                time.sleep(delay)

    return wrapper
