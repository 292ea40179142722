"""Async worker pool draining an in-process job queue."""
from __future__ import annotations

import asyncio
import json
import logging
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional

from agentd.container import container
from agentd.context import client_scope, request_id_var, tenant_var
from agentd.models import Job

log = logging.getLogger(__name__)

Handler = Callable[[Job], Awaitable[Any]]

AUDIT_LOG = Path("/var/log/agentd/jobs.jsonl")


def _write_audit_line(job: Job, status: str, detail: Optional[str] = None) -> None:
    record = {"job": job.id, "kind": job.kind, "tenant": job.tenant_id, "attempts": job.attempts, "status": status}
    if detail:
        record["detail"] = detail[:500]
    try:
        AUDIT_LOG.parent.mkdir(parents=True, exist_ok=True)
        with AUDIT_LOG.open("a") as fh:
            fh.write(json.dumps(record) + "\n")
    except OSError:
        log.debug("audit log not writable; skipping")


class WorkerPool:
    def __init__(
        self,
        handlers: Mapping[str, Handler],
        *,
        concurrency: int = 4,
        maxsize: int = 1000,
        job_timeout: float = 120.0,
        max_attempts: int = 3,
    ) -> None:
        self._handlers = dict(handlers)
        self._queue: "asyncio.Queue[Job]" = asyncio.Queue(maxsize=maxsize)
        self._concurrency = concurrency
        self._job_timeout = job_timeout
        self._max_attempts = max_attempts
        self._tasks: List["asyncio.Task[None]"] = []
        self._audit = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agentd-audit")
        self.stats: Dict[str, int] = {"ok": 0, "failed": 0, "retried": 0}

    @property
    def depth(self) -> int:
        return self._queue.qsize()

    async def submit(self, job: Job) -> None:
        if job.kind not in self._handlers:
            raise KeyError(f"no handler for job kind {job.kind!r}")
        await self._queue.put(job)

    def submit_nowait(self, job: Job) -> None:
        if job.kind not in self._handlers:
            raise KeyError(f"no handler for job kind {job.kind!r}")
        self._queue.put_nowait(job)

    async def start(self) -> None:
        if self._tasks:
            return
        self._tasks = [asyncio.create_task(self._worker(i), name=f"agentd-worker-{i}") for i in range(self._concurrency)]
        log.info("worker pool started with %d workers", self._concurrency)

    async def stop(self, drain_timeout: float = 30.0) -> None:
        try:
            await asyncio.wait_for(self._queue.join(), timeout=drain_timeout)
        except asyncio.TimeoutError:
            log.warning("worker pool stopped with %d jobs still queued", self._queue.qsize())
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        self._audit.shutdown(wait=True)

    async def _worker(self, idx: int) -> None:
        while True:
            job = await self._queue.get()
            try:
                await self._run_one(job)
            finally:
                self._queue.task_done()

    async def _run_one(self, job: Job) -> None:
        handler = self._handlers[job.kind]
        job.attempts += 1
        rid_token = request_id_var.set(f"job-{job.id[:8]}")
        tenant_token = tenant_var.set(job.tenant_id)
        openai_client = container.openai_for_tenant(job.tenant_id) if job.tenant_id else None
        try:
            with client_scope(openai_client=openai_client):
                await asyncio.wait_for(handler(job), timeout=self._job_timeout)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if job.attempts < self._max_attempts:
                self.stats["retried"] += 1
                delay = min(30.0, 2 ** job.attempts + random.random())
                log.warning("job %s (%s) failed: %s; retrying in %.1fs", job.id, job.kind, exc, delay)
                asyncio.get_running_loop().call_later(delay, self._queue.put_nowait, job)
            else:
                self.stats["failed"] += 1
                log.exception("job %s (%s) failed permanently", job.id, job.kind)
                self._audit.submit(_write_audit_line, job, "failed", repr(exc))
        else:
            self.stats["ok"] += 1
            self._audit.submit(_write_audit_line, job, "ok")
        finally:
            tenant_var.reset(tenant_token)
            request_id_var.reset(rid_token)
