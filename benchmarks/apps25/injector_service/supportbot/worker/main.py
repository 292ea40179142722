"""Worker process: ``python -m supportbot.worker.main``.

The API enqueues jobs with ``JobQueue.create(name, payload)``; this process claims
them from the Redis stream and dispatches to ``supportbot.worker.jobs.HANDLERS``.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import socket
import time
from dataclasses import dataclass
from typing import Any

import redis
from injector import Binder, Injector, Module, inject, singleton

from supportbot.di import build_injector
from supportbot.keys import RequestTimeout
from supportbot.services.llm_usage_tracker import RedisUsageSink, llm_tracker
from supportbot.services.multi_model_service import multi_model_service
from supportbot.settings import Settings
from supportbot.worker.jobs import HANDLERS

log = logging.getLogger("supportbot.worker")


@dataclass
class Job:
    id: str
    name: str
    payload: dict[str, Any]
    attempts: int = 0


@singleton
class JobQueue:
    GROUP = "workers"

    @inject
    def __init__(self, settings: Settings) -> None:
        self._r = redis.Redis.from_url(settings.redis_url, decode_responses=True)
        self._stream = settings.job_stream
        self._consumer = socket.gethostname()

    def create(self, name: str, payload: dict[str, Any]) -> str:
        """Enqueue a job; returns the stream id."""
        return self._r.xadd(self._stream, {"name": name, "payload": json.dumps(payload), "attempts": 0})

    def ensure_group(self) -> None:
        try:
            self._r.xgroup_create(self._stream, self.GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    def claim(self, block_ms: int = 5000, count: int = 5) -> list[Job]:
        resp = self._r.xreadgroup(self.GROUP, self._consumer, {self._stream: ">"}, count=count, block=block_ms)
        jobs: list[Job] = []
        for _stream, entries in resp or []:
            for entry_id, fields in entries:
                jobs.append(Job(entry_id, fields["name"], json.loads(fields["payload"]), int(fields.get("attempts", 0))))
        return jobs

    def ack(self, job: Job) -> None:
        self._r.xack(self._stream, self.GROUP, job.id)

    def retry(self, job: Job) -> None:
        self.ack(job)
        if job.attempts < 3:
            self._r.xadd(
                self._stream,
                {"name": job.name, "payload": json.dumps(job.payload), "attempts": job.attempts + 1},
            )
        else:
            log.error("job %s (%s) dropped after %d attempts", job.id, job.name, job.attempts)


class WorkerModule(Module):
    """Worker-specific overrides: batch jobs get a much longer upstream timeout."""

    def configure(self, binder: Binder) -> None:
        binder.bind(RequestTimeout, to=RequestTimeout(300.0))


class Worker:
    def __init__(self, injector: Injector) -> None:
        self._injector = injector
        self._queue = injector.get(JobQueue)
        self._stopping = False

    def stop(self, *_: object) -> None:
        log.info("stopping after current batch")
        self._stopping = True

    def handle(self, job: Job) -> None:
        handler = HANDLERS.get(job.name)
        if handler is None:
            log.error("no handler for job %s", job.name)
            self._queue.ack(job)
            return
        started = time.monotonic()
        try:
            handler(self._injector, job.payload)
        except Exception:
            log.exception("job %s (%s) failed", job.id, job.name)
            self._queue.retry(job)
            return
        self._queue.ack(job)
        log.info("job %s (%s) done in %.1fs", job.id, job.name, time.monotonic() - started)

    def run(self) -> None:
        self._queue.ensure_group()
        while not self._stopping:
            for job in self._queue.claim():
                self.handle(job)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="supportbot.worker")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level)

    injector = build_injector(extra=[WorkerModule()])
    multi_model_service.bind(injector)
    llm_tracker.set_sink(injector.get(RedisUsageSink))

    worker = Worker(injector)
    signal.signal(signal.SIGTERM, worker.stop)
    signal.signal(signal.SIGINT, worker.stop)
    worker.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
