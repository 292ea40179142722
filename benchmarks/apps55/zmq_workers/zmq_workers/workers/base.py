"""Synchronous worker base: a DEALER socket talking to the broker backend."""
from __future__ import annotations

import logging
import os
import socket
import time
import traceback
from typing import Any, Callable

import zmq

from ..config import get_settings
from ..framing import W_DISCONNECT, W_HEARTBEAT, W_READY, W_REPLY, W_REQUEST, pack, unpack
from ..metrics import metrics
from ..protocol import Job, JobResult, JobStatus

log = logging.getLogger(__name__)

Handler = Callable[[Job], Any]


class BaseWorker:
    """Subclasses fill ``self.handlers`` in ``__init__``."""

    name = "worker"

    def __init__(self, ctx: zmq.Context | None = None) -> None:
        self.settings = get_settings()
        self.ctx = ctx or zmq.Context.instance()
        self.identity = f"{self.name}-{socket.gethostname()}-{os.getpid()}".encode()
        self.handlers: dict[str, Handler] = {}
        self.sock: zmq.Socket | None = None
        self.poller = zmq.Poller()
        self._liveness = self.settings.broker.heartbeat_liveness
        self._hb_interval = self.settings.broker.heartbeat_interval_ms / 1000.0
        self._running = False

    def connect(self) -> None:
        if self.sock is not None:
            self.poller.unregister(self.sock)
            self.sock.close(linger=0)
        self.sock = self.ctx.socket(zmq.DEALER)
        self.sock.setsockopt(zmq.IDENTITY, self.identity)
        self.sock.connect(self.settings.backend_url)
        self.poller.register(self.sock, zmq.POLLIN)
        self.sock.send_multipart([b"", W_READY, *[jt.encode() for jt in self.handlers]])
        self._liveness = self.settings.broker.heartbeat_liveness
        log.info("%s connected to %s serving %s", self.identity.decode(), self.settings.backend_url,
                 sorted(self.handlers))

    def process(self, raw: bytes) -> JobResult:
        job = Job.from_dict(unpack(raw))
        handler = self.handlers.get(job.job_type)
        if handler is None:
            return JobResult(job.job_id, JobStatus.REJECTED.value, error=f"unsupported {job.job_type}")
        started = metrics.start(job.job_type)
        try:
            result = handler(job)
        except Exception as exc:  # noqa: BLE001 - report everything back to the client
            log.error("job %s failed: %s\n%s", job.job_id, exc, traceback.format_exc())
            metrics.completion(job.job_type, started, ok=False)
            return JobResult(job.job_id, JobStatus.ERROR.value, error=str(exc), worker=self.name)
        metrics.completion(job.job_type, started)
        return JobResult(job.job_id, JobStatus.OK.value, result=result, worker=self.name,
                         elapsed_ms=(time.perf_counter() - started) * 1000)

    def run(self) -> None:
        self.connect()
        self._running = True
        hb_at = time.monotonic() + self._hb_interval
        while self._running:
            events = dict(self.poller.poll(int(self._hb_interval * 1000)))
            if self.sock in events:
                frames = self.sock.recv_multipart()
                _, command, *rest = frames
                self._liveness = self.settings.broker.heartbeat_liveness
                if command == W_REQUEST:
                    client_addr, _, payload = rest
                    result = self.process(payload)
                    self.sock.send_multipart([b"", W_REPLY, client_addr, b"", pack(result.to_dict())])
                elif command == W_HEARTBEAT:
                    pass
                elif command == W_DISCONNECT:
                    self.connect()
            else:
                self._liveness -= 1
                if self._liveness <= 0:
                    log.warning("broker silent, reconnecting")
                    time.sleep(self._hb_interval)
                    self.connect()
            if time.monotonic() > hb_at:
                self.sock.send_multipart([b"", W_HEARTBEAT])
                hb_at = time.monotonic() + self._hb_interval
        self.sock.send_multipart([b"", W_DISCONNECT])
        self.sock.close(linger=0)

    def stop(self) -> None:
        self._running = False
