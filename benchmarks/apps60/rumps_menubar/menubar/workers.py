"""Background work. rumps callbacks run on the main (AppKit) thread, so
anything slow goes to a worker and reports back with a notification."""
from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Coroutine

log = logging.getLogger(__name__)

_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="menubar-worker")


class AsyncLoopThread(threading.Thread):
    """One long-lived event loop for the async SDK clients."""

    def __init__(self):
        super().__init__(name="menubar-asyncio", daemon=True)
        self.loop = asyncio.new_event_loop()
        self._started = threading.Event()

    def run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._started.set()
        self.loop.run_forever()

    def submit(self, coro: Coroutine) -> Future:
        if not self._started.is_set():
            self.start()
            self._started.wait()
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


loop_thread = AsyncLoopThread()


def in_background(fn: Callable[..., Any], *args, on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None, **kwargs) -> Future:
    future = _pool.submit(fn, *args, **kwargs)

    def _callback(f: Future) -> None:
        exc = f.exception()
        if exc is not None:
            log.error("background task failed", exc_info=exc)
            if on_error:
                on_error(exc)
            return
        if on_done:
            on_done(f.result())

    future.add_done_callback(_callback)
    return future


def run_async(coro: Coroutine, on_done=None, on_error=None) -> Future:
    future = loop_thread.submit(coro)

    def _callback(f: Future) -> None:
        try:
            result = f.result()
        except BaseException as exc:  # noqa: BLE001
            if on_error:
                on_error(exc)
            return
        if on_done:
            on_done(result)

    future.add_done_callback(_callback)
    return future


def executor() -> ThreadPoolExecutor:
    return _pool


def shutdown() -> None:
    loop_thread.stop()
    _pool.shutdown(wait=False, cancel_futures=True)
