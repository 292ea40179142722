"""Background worker: one daemon thread pulling jobs from a queue.

Jobs run off the render thread; results are posted back through `state.post`,
which `main.py` drains every frame.
"""
from __future__ import annotations

import logging
import queue
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from research_assistant.state import state

log = logging.getLogger(__name__)


@dataclass
class Job:
    kind: str
    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)


class Worker:
    def __init__(self) -> None:
        self.jobs: "queue.Queue[Job | None]" = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="ra-worker", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.jobs.put(None)

    def submit(self, kind: str, fn: Callable[..., Any], *args, **kwargs) -> None:
        state.busy = True
        self.jobs.put(Job(kind, fn, args, kwargs))

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                break
            try:
                result = job.fn(*job.args, **job.kwargs)
                state.post(job.kind, result)
            except Exception as exc:  # noqa: BLE001
                log.error("job %s failed: %s", job.kind, traceback.format_exc())
                state.post("error", f"{job.kind}: {exc}")
            finally:
                state.busy = not self.jobs.empty()


worker = Worker()


class ProgressReporter:
    """Throttles progress posts so the render loop isn't flooded."""

    def __init__(self, kind: str = "progress", min_step: float = 0.02):
        self.kind = kind
        self.min_step = min_step
        self._last = -1.0

    def __call__(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if fraction - self._last >= self.min_step or fraction >= 1.0:
            self._last = fraction
            state.post(self.kind, fraction)
