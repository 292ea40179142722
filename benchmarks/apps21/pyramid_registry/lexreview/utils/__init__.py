"""Pyramid is WSGI/sync; this is how we call the async tracker from views."""
import asyncio
import threading

_loop = None
_lock = threading.Lock()


def _get_loop():
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            _loop = asyncio.new_event_loop()
            t = threading.Thread(target=_loop.run_forever, name="lexreview-aio", daemon=True)
            t.start()
    return _loop


def run_sync(coro, timeout=300):
    """Run ``coro`` on the shared background loop and block for the result."""
    future = asyncio.run_coroutine_threadsafe(coro, _get_loop())
    return future.result(timeout=timeout)
