"""A deliberately small in-process job runner.

We looked at Celery/RQ; for ~200 jobs a day a thread pool plus a status dict
is fine.  Handlers register with ``@job("name")`` and receive the
``JobContext`` as first argument.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

log = logging.getLogger(__name__)

_HANDLERS: dict[str, Callable[..., Any]] = {}


def job(name: str):
    def deco(fn):
        if name in _HANDLERS:
            raise RuntimeError(f"duplicate job handler {name}")
        _HANDLERS[name] = fn
        return fn

    return deco


@dataclass
class JobStatus:
    id: str
    name: str
    state: str = "queued"
    result: Any = None
    error: Optional[str] = None
    created_at: float = field(default_factory=time.time)
    finished_at: Optional[float] = None


@dataclass
class JobContext:
    """What handlers get: the shared clients, repositories and settings."""

    registry: Any
    db: Any
    settings: Any
    executor: ThreadPoolExecutor
    tenant_id: Optional[str] = None


class JobRunner:
    def __init__(self, registry, db, settings, workers: int = 4) -> None:
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="job")
        # handlers that fan out get their own pool so they can't starve the runner
        self._fanout = ThreadPoolExecutor(max_workers=workers * 2, thread_name_prefix="fanout")
        self._registry = registry
        self._db = db
        self._settings = settings
        self._status: dict[str, JobStatus] = {}
        self._lock = threading.Lock()

    def submit(self, name: str, tenant_id: Optional[str] = None, **kwargs: Any) -> str:
        handler = _HANDLERS.get(name)
        if handler is None:
            raise KeyError(f"unknown job {name}")
        status = JobStatus(id=uuid.uuid4().hex, name=name)
        with self._lock:
            self._status[status.id] = status
        ctx = JobContext(self._registry, self._db, self._settings, self._fanout, tenant_id)
        fut = self._executor.submit(self._run, handler, ctx, status, kwargs)
        fut.add_done_callback(self._log_crash)
        return status.id

    def _run(self, handler, ctx: JobContext, status: JobStatus, kwargs: dict) -> None:
        status.state = "running"
        try:
            status.result = handler(ctx, **kwargs)
            status.state = "done"
        except Exception as exc:  # noqa: BLE001
            status.state = "failed"
            status.error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            log.exception("job %s (%s) failed", status.id, status.name)
        finally:
            status.finished_at = time.time()

    @staticmethod
    def _log_crash(fut: Future) -> None:
        exc = fut.exception()
        if exc is not None:
            log.error("runner crashed: %r", exc)

    def status(self, job_id: str) -> Optional[JobStatus]:
        return self._status.get(job_id)

    def recent(self, limit: int = 20) -> list[JobStatus]:
        return sorted(self._status.values(), key=lambda s: s.created_at, reverse=True)[:limit]

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait)
        self._fanout.shutdown(wait=wait)
