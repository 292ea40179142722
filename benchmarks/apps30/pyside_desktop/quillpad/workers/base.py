"""QRunnable plumbing shared by the workers."""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    started = Signal()
    result = Signal(object)
    error = Signal(str)
    progress = Signal(int)
    chunk = Signal(str)
    finished = Signal()


class FunctionRunnable(QRunnable):
    """Runs ``fn(*args, **kwargs)`` on the pool and emits the result."""

    def __init__(self, fn: Callable[..., Any], *args, **kwargs) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        self.signals.started.emit()
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001
            log.warning("worker failed: %s", exc)
            self.signals.error.emit(f"{exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def pool() -> QThreadPool:
    p = QThreadPool.globalInstance()
    if p.maxThreadCount() > 4:
        p.setMaxThreadCount(4)
    return p


def submit(fn: Callable[..., Any], *args, on_result=None, on_error=None, **kwargs) -> FunctionRunnable:
    job = FunctionRunnable(fn, *args, **kwargs)
    if on_result is not None:
        job.signals.result.connect(on_result)
    if on_error is not None:
        job.signals.error.connect(on_error)
    pool().start(job)
    return job
