"""A small thread-pool job runner. We will move to a real queue eventually."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from supportdesk.config import get_settings

logger = logging.getLogger(__name__)


class JobScheduler:
    def __init__(self, workers: int | None = None) -> None:
        self._workers = workers or get_settings().job_workers
        self._pool: ThreadPoolExecutor | None = None
        self._ids = itertools.count(1)
        self._futures: dict[int, Future] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="job")

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def enqueue(self, name: str) -> int:
        from supportdesk.jobs import JOBS  # avoid import cycle at startup

        fn = JOBS[name]
        self.start()
        job_id = next(self._ids)
        if asyncio.iscoroutinefunction(fn):
            fut = self._pool.submit(asyncio.run, fn())
        else:
            fut = self._pool.submit(fn)
        with self._lock:
            self._futures[job_id] = fut
        fut.add_done_callback(lambda f, n=name: self._log_done(n, f))
        return job_id

    def _log_done(self, name: str, fut: Future) -> None:
        exc = fut.exception()
        if exc:
            logger.error("job %s failed: %r", name, exc)
        else:
            logger.info("job %s finished", name)

    def status(self, job_id: int) -> str:
        fut = self._futures.get(job_id)
        if fut is None:
            return "unknown"
        return "done" if fut.done() else "running"
