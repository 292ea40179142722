"""Run blocking work off the GTK main loop and hand results back with idle_add."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from gi.repository import GLib

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="quill-worker")


def get_executor() -> ThreadPoolExecutor:
    return _executor


def run_in_background(
    func: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> Future:
    future = _executor.submit(func, *args, **kwargs)

    def _finished(fut: Future) -> None:
        exc = fut.exception()
        if exc is not None:
            log.warning("background task failed: %s", exc, exc_info=exc)
            if on_error:
                GLib.idle_add(on_error, exc)
            return
        if on_done:
            GLib.idle_add(on_done, fut.result())

    future.add_done_callback(_finished)
    return future


def run_streaming(iterator_factory: Callable[[], Any], on_chunk: Callable[[str], None],
                  on_finished: Callable[[], None]) -> threading.Thread:
    """Consume a generator in a thread, pushing each chunk to the UI."""

    def _target() -> None:
        try:
            for chunk in iterator_factory():
                GLib.idle_add(on_chunk, chunk)
        finally:
            GLib.idle_add(on_finished)

    thread = threading.Thread(target=_target, daemon=True, name="quill-stream")
    thread.start()
    return thread


def shutdown() -> None:
    _executor.shutdown(wait=False, cancel_futures=True)
