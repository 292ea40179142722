"""Worker pool for slow model calls.

paho runs callbacks on its network thread; anything that talks to a model
must be pushed here or the keepalive pings stall and the broker drops us.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

log = logging.getLogger(__name__)


class LlmWorkerPool:
    def __init__(self, max_workers: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="llm")
        self._inflight = 0
        self._lock = threading.Lock()

    @property
    def inflight(self) -> int:
        return self._inflight

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        with self._lock:
            self._inflight += 1
        fut = self._pool.submit(fn, *args, **kwargs)
        fut.add_done_callback(self._done)
        return fut

    def submit_async(self, coro_fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        """Run an ``async def`` on a worker thread with its own loop."""
        return self.submit(lambda: asyncio.run(coro_fn(*args, **kwargs)))

    def _done(self, fut: Future) -> None:
        with self._lock:
            self._inflight -= 1
        exc = fut.exception()
        if exc is not None:
            log.error("llm task failed: %r", exc)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
