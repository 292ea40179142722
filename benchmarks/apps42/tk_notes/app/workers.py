"""Background work for the UI.

Tk is not thread-safe: workers never touch widgets.  They post
(kind, payload) tuples on the UI queue, which NotesApp drains with
root.after().
"""
from __future__ import annotations

import logging
import queue
import threading
import traceback
from typing import Any, Callable

log = logging.getLogger(__name__)

UIMessage = tuple[str, Any]


class AIWorker(threading.Thread):
    """Runs ``fn`` and posts ("result", tag, value) or ("error", tag, exc)."""

    def __init__(self, ui_queue: "queue.Queue[UIMessage]", tag: str, fn: Callable[[], Any]):
        super().__init__(daemon=True, name=f"ai-{tag}")
        self.ui_queue = ui_queue
        self.tag = tag
        self.fn = fn
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:  # noqa: BLE001 - surface to the UI
            log.debug("worker %s failed:\n%s", self.tag, traceback.format_exc())
            self.ui_queue.put(("error", (self.tag, exc)))
            return
        if not self.cancelled.is_set():
            self.ui_queue.put(("result", (self.tag, value)))


class StreamWorker(AIWorker):
    """Like AIWorker but ``fn`` returns an iterator of text chunks."""

    def run(self) -> None:
        try:
            for chunk in self.fn():
                if self.cancelled.is_set():
                    break
                self.ui_queue.put(("chunk", (self.tag, chunk)))
        except Exception as exc:  # noqa: BLE001
            self.ui_queue.put(("error", (self.tag, exc)))
            return
        self.ui_queue.put(("done", (self.tag, None)))


def run_in_background(ui_queue, tag: str, fn: Callable[[], Any], stream: bool = False) -> AIWorker:
    worker = (StreamWorker if stream else AIWorker)(ui_queue, tag, fn)
    worker.start()
    return worker
