"""Background execution helpers for Bokeh sessions.

Model calls take seconds; running them on the Tornado IO loop would freeze every
session.  We run them on the shared ThreadPoolExecutor and hop back onto the
document with ``add_next_tick_callback`` (the only thread-safe way to touch models).
"""
from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from functools import partial
from typing import Any, Callable

from bokeh.document import Document

from analysis.state import get_executor

log = logging.getLogger(__name__)


def run_in_background(doc: Document, fn: Callable[..., Any], *args, on_done: Callable[[Any], None], on_error=None, **kwargs) -> Future:
    started = time.monotonic()

    def _done(fut: Future) -> None:
        elapsed = time.monotonic() - started
        try:
            result = fut.result()
        except Exception as exc:  # noqa: BLE001 - surface any provider error in the UI
            log.exception("background task %s failed after %.1fs", getattr(fn, "__name__", fn), elapsed)
            if on_error is not None:
                doc.add_next_tick_callback(partial(on_error, exc))
            return
        log.info("background task %s finished in %.1fs", getattr(fn, "__name__", fn), elapsed)
        doc.add_next_tick_callback(partial(on_done, result))

    future = get_executor().submit(fn, *args, **kwargs)
    future.add_done_callback(_done)
    return future


def threadsafe_setter(doc: Document, model, attr: str) -> Callable[[Any], None]:
    """Return a callable usable from a worker thread that sets ``model.attr`` on the next tick."""

    def _set(value):
        doc.add_next_tick_callback(partial(setattr, model, attr, value))

    return _set
