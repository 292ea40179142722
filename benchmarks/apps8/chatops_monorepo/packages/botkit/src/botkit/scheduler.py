"""Tiny in-process scheduler for digests and housekeeping.

We used APScheduler at first; it was overkill for five jobs.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Optional

logger = logging.getLogger(__name__)


@dataclass(order=True)
class Job:
    next_run: datetime
    name: str = field(compare=False)
    fn: Callable[[], None] = field(compare=False)
    interval: timedelta = field(compare=False)


class Scheduler:
    def __init__(self, max_workers: int = 4) -> None:
        self._jobs: list[Job] = []
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="sched")
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None

    @property
    def pool(self) -> ThreadPoolExecutor:
        return self._pool

    def every(self, interval: timedelta, name: str, first_run: Optional[datetime] = None):
        def decorator(fn: Callable[[], None]) -> Callable[[], None]:
            start = first_run or datetime.now() + interval
            self._jobs.append(Job(next_run=start, name=name, fn=fn, interval=interval))
            return fn

        return decorator

    def submit(self, fn: Callable, *args, **kwargs) -> Future:
        """Run something on the scheduler's pool right now."""
        return self._pool.submit(fn, *args, **kwargs)

    def _tick(self) -> None:
        now = datetime.now()
        for job in self._jobs:
            if job.next_run <= now:
                logger.info("running job %s", job.name)
                self._pool.submit(self._safe_run, job)
                job.next_run = now + job.interval

    @staticmethod
    def _safe_run(job: Job) -> None:
        try:
            job.fn()
        except Exception:
            logger.exception("job %s failed", job.name)

    def start(self) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                self._tick()
                time.sleep(20)

        self._thread = threading.Thread(target=loop, name="scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._pool.shutdown(wait=False)


scheduler = Scheduler()
