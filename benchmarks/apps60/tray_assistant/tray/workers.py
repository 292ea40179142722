"""Background workers: the tray and Tk must never block on a network call."""
from __future__ import annotations

import concurrent.futures
import logging
import queue
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from tray import services, settings

log = logging.getLogger(__name__)


@dataclass
class Job:
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[str], None] | None = None


@dataclass
class Result:
    job: Job
    value: Any = None
    error: str | None = None


_handlers: dict[str, Callable[..., Any]] = {}


def handler(kind: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        _handlers[kind] = fn
        return fn

    return deco


def submit(kind: str, on_done: Callable[[Any], None] | None = None, **payload: Any) -> Job:
    job = Job(kind, payload, on_done)
    services.jobs.put(job)
    return job


class WorkerPool:
    def __init__(self, size: int | None = None) -> None:
        self.size = size or settings.load().worker_threads
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="prefetch")

    def start(self) -> None:
        for i in range(self.size):
            t = threading.Thread(target=self._run, name=f"worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self) -> None:
        self._stop.set()
        for _ in self._threads:
            services.jobs.put(None)
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            job = services.jobs.get()
            if job is None:
                break
            fn = _handlers.get(job.kind)
            if fn is None:
                log.error("no handler for job kind %r", job.kind)
                continue
            try:
                value = fn(**job.payload)
                services.results.put(Result(job, value=value))
            except Exception as exc:
                log.error("job %s failed: %s", job.kind, traceback.format_exc())
                services.results.put(Result(job, error=str(exc)))

    def prefetch_titles(self, snippets: list[str]) -> list[concurrent.futures.Future]:
        """Ask Grok for a 3-word title per history snippet, in parallel (history sidebar)."""
        model = settings.load().models.grok
        futures = []
        for text in snippets:
            fut = self._executor.submit(
                services.xai_client.chat.completions.create,
                model=model,
                messages=[
                    {"role": "system", "content": "Give a title of at most three words."},
                    {"role": "user", "content": text[:2000]},
                ],
                max_tokens=12,
            )
            futures.append(fut)
        return futures


def drain_results(dispatch: Callable[[Result], None], budget: int = 20) -> None:
    """Called from the Tk main loop via ``after()``."""
    for _ in range(budget):
        try:
            res = services.results.get_nowait()
        except queue.Empty:
            return
        dispatch(res)
