"""In-process registry of GUI-triggered jobs (so the status bar can show them).

Method names (``create``, ``completion``) predate the LLM work; they are not
model calls.
"""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field


@dataclass
class Job:
    id: str
    kind: str
    started: float = field(default_factory=time.time)
    finished: float | None = None
    error: str | None = None

    def completion(self) -> float:
        """Fraction done, for the progress bar (we only know 0 or 1)."""
        return 1.0 if self.finished else 0.0


class JobStore:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def create(self, kind: str) -> Job:
        job = Job(id=uuid.uuid4().hex[:8], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
        return job

    def finish(self, job_id: str, error: str | None = None) -> None:
        with self._lock:
            job = self._jobs[job_id]
            job.finished = time.time()
            job.error = error

    def running(self) -> list[Job]:
        return [j for j in self._jobs.values() if j.finished is None]


jobs = JobStore()


def track(kind: str):
    def deco(fn):
        def wrapper(*a, **kw):
            job = jobs.create(kind)
            try:
                out = fn(*a, **kw)
            except Exception as exc:
                jobs.finish(job.id, repr(exc))
                raise
            jobs.finish(job.id)
            return out
        return wrapper
    return deco
