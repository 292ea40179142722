"""In-process background task runner.

Handlers push work with ``app[RUNNER].submit(...)``; a fixed pool of worker
coroutines drains the queue. Periodic jobs are scheduled with ``every``.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional

log = logging.getLogger(__name__)

JobFn = Callable[..., Awaitable[Any]]


@dataclass
class Job:
    name: str
    fn: JobFn
    args: tuple = ()
    kwargs: Dict[str, Any] = field(default_factory=dict)
    attempts: int = 0


class TaskRunner:
    def __init__(self, workers: int = 4, max_queue: int = 1000) -> None:
        self._queue: "asyncio.Queue[Job]" = asyncio.Queue(maxsize=max_queue)
        self._workers = workers
        self._tasks: List[asyncio.Task] = []
        self.executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="gw-blocking")
        self.completed = 0
        self.failed = 0

    def submit(self, name: str, fn: JobFn, *args: Any, **kwargs: Any) -> None:
        try:
            self._queue.put_nowait(Job(name, fn, args, kwargs))
        except asyncio.QueueFull:
            log.error("task queue full, dropping %s", name)

    def every(self, seconds: float, name: str, fn: JobFn, *args: Any) -> None:
        async def loop() -> None:
            while True:
                await asyncio.sleep(seconds)
                self.submit(name, fn, *args)

        self._tasks.append(asyncio.create_task(loop(), name=f"every:{name}"))

    async def start(self) -> None:
        for i in range(self._workers):
            self._tasks.append(asyncio.create_task(self._worker(i), name=f"worker:{i}"))

    async def stop(self, timeout: Optional[float] = 10.0) -> None:
        try:
            await asyncio.wait_for(self._queue.join(), timeout)
        except asyncio.TimeoutError:
            log.warning("stopping with %d queued jobs", self._queue.qsize())
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.executor.shutdown(wait=False, cancel_futures=True)

    async def _worker(self, idx: int) -> None:
        while True:
            job = await self._queue.get()
            try:
                await job.fn(*job.args, **job.kwargs)
                self.completed += 1
            except Exception:
                self.failed += 1
                log.exception("job %s failed", job.name)
            finally:
                self._queue.task_done()
