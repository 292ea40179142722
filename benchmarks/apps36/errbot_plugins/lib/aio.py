"""Errbot command handlers are synchronous; these bridge into asyncio."""
from __future__ import annotations

import asyncio
import threading
from typing import Awaitable, TypeVar

T = TypeVar("T")

_loop: asyncio.AbstractEventLoop | None = None
_lock = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            _loop = asyncio.new_event_loop()
            t = threading.Thread(target=_loop.run_forever, name="opsy-aio", daemon=True)
            t.start()
        return _loop


def run_sync(coro: Awaitable[T], timeout: float | None = 120) -> T:
    """Run ``coro`` on the shared background loop and wait for the result."""
    future = asyncio.run_coroutine_threadsafe(coro, _background_loop())
    return future.result(timeout=timeout)
