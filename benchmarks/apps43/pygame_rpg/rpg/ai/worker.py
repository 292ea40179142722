"""Run slow AI work off the main loop.

The game loop must never block on the network, so everything goes through a
ThreadPoolExecutor and scenes poll ``LLMWorker.poll()`` once per frame.
"""
from __future__ import annotations

import itertools
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: int
    tag: str
    future: Future
    started: float = field(default_factory=time.monotonic)
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None


class LLMWorker:
    def __init__(self, max_workers: int = 4, timeout: float = 30.0):
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="npc-brain")
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self.timeout = timeout

    @property
    def executor(self) -> ThreadPoolExecutor:
        return self._pool

    def submit(self, fn: Callable[..., Any], *args: Any, tag: str = "", on_done=None, on_error=None, **kwargs: Any) -> int:
        job_id = next(self._ids)
        fut = self._pool.submit(fn, *args, **kwargs)
        self._jobs[job_id] = Job(job_id, tag or getattr(fn, "__name__", "job"), fut, on_done=on_done, on_error=on_error)
        return job_id

    def busy(self, tag: str | None = None) -> bool:
        return any(tag is None or j.tag == tag for j in self._jobs.values())

    def poll(self) -> None:
        """Call once per frame. Dispatches callbacks on the main thread."""
        now = time.monotonic()
        for job_id in list(self._jobs):
            job = self._jobs[job_id]
            if job.future.done():
                del self._jobs[job_id]
                exc = job.future.exception()
                if exc is not None:
                    log.warning("job %s (%s) failed: %s", job.id, job.tag, exc)
                    if job.on_error:
                        job.on_error(exc)
                elif job.on_done:
                    job.on_done(job.future.result())
            elif now - job.started > self.timeout:
                log.warning("job %s (%s) timed out", job.id, job.tag)
                job.future.cancel()
                del self._jobs[job_id]
                if job.on_error:
                    job.on_error(TimeoutError(job.tag))

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
