"""Client library for submitting jobs to the broker."""
from __future__ import annotations

import logging
import time
from typing import Any, Iterable

import zmq

from .config import get_settings
from .framing import pack, unpack
from .protocol import Job, JobResult, JobStatus, JobType

log = logging.getLogger(__name__)


class JobTimeout(TimeoutError):
    pass


class JobClient:
    """Lazy-pirate style client: DEALER socket, reconnect on timeout."""

    def __init__(self, url: str | None = None, timeout_s: float = 30.0, retries: int = 3,
                 ctx: zmq.Context | None = None) -> None:
        s = get_settings()
        self.url = url or s.frontend_url
        self.serializer = s.serializer
        self.timeout_ms = int(timeout_s * 1000)
        self.retries = retries
        self.ctx = ctx or zmq.Context.instance()
        self.socket: zmq.Socket | None = None
        self.poller = zmq.Poller()
        self._connect()

    def _connect(self) -> None:
        if self.socket is not None:
            self.poller.unregister(self.socket)
            self.socket.close(linger=0)
        self.socket = self.ctx.socket(zmq.DEALER)
        self.socket.connect(self.url)
        self.poller.register(self.socket, zmq.POLLIN)

    def submit(self, job: Job) -> JobResult:
        body = pack(job.to_dict(), self.serializer)
        for attempt in range(1, self.retries + 1):
            self.socket.send_multipart([b"", body])
            events = dict(self.poller.poll(self.timeout_ms))
            if self.socket in events:
                _, reply = self.socket.recv_multipart()
                result = JobResult.from_dict(unpack(reply))
                if result.job_id != job.job_id:
                    log.warning("discarding stale reply %s", result.job_id)
                    continue
                return result
            log.warning("job %s timed out (attempt %d/%d)", job.job_id, attempt, self.retries)
            self._connect()
        raise JobTimeout(job.job_id)

    # convenience wrappers --------------------------------------------------
    def summarize(self, text: str, *, max_words: int = 150, long: bool = False) -> str:
        jt = JobType.SUMMARIZE_LONG if long else JobType.SUMMARIZE
        res = self.submit(Job.create(jt, text=text, max_words=max_words))
        return self._unwrap(res)["summary"]

    def translate(self, text: str, target: str, source: str | None = None) -> str:
        res = self.submit(Job.create(JobType.TRANSLATE, text=text, target=target, source=source))
        return self._unwrap(res)["translation"]

    def embed(self, texts: Iterable[str], input_type: str = "document") -> list[list[float]]:
        res = self.submit(Job.create(JobType.EMBED, texts=list(texts), input_type=input_type))
        return self._unwrap(res)["embeddings"]

    def moderate(self, text: str) -> dict[str, Any]:
        return self._unwrap(self.submit(Job.create(JobType.MODERATE, text=text)))

    @staticmethod
    def _unwrap(res: JobResult) -> Any:
        if res.status != JobStatus.OK.value:
            raise RuntimeError(f"job {res.job_id} failed: {res.error}")
        return res.result

    def close(self) -> None:
        if self.socket is not None:
            self.socket.close(linger=0)
            self.socket = None

    def __enter__(self) -> "JobClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wait_for_broker(url: str, timeout_s: float = 10.0) -> bool:
    """Cheap liveness probe used by the smoke script."""
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.connect(url)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            if sock.poll(100, zmq.POLLOUT):
                return True
        return False
    finally:
        sock.close(linger=0)
