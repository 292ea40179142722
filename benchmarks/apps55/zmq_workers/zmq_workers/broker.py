"""Load-balancing broker.

Clients (DEALER) connect to the ROUTER frontend, workers (DEALER) connect to
the ROUTER backend and announce which job types they serve with READY.
Jobs are queued per job type when no worker is idle.
"""
from __future__ import annotations

import logging
import time
from collections import OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

import zmq

from .config import get_settings
from .framing import (
    W_DISCONNECT,
    W_HEARTBEAT,
    W_READY,
    W_REPLY,
    W_REQUEST,
    FramingError,
    describe,
    pack,
    split_envelope,
    unpack,
)

log = logging.getLogger(__name__)


@dataclass
class WorkerRecord:
    address: bytes
    job_types: set[str]
    expiry: float
    busy: bool = False
    processed: int = 0


@dataclass
class BrokerStats:
    received: int = 0
    dispatched: int = 0
    replied: int = 0
    expired_workers: int = 0
    queued: dict[str, int] = field(default_factory=dict)


class Broker:
    def __init__(self, ctx: zmq.Context | None = None) -> None:
        self.settings = get_settings()
        self.ctx = ctx or zmq.Context.instance()
        self.frontend = self.ctx.socket(zmq.ROUTER)
        self.backend = self.ctx.socket(zmq.ROUTER)
        self.events = self.ctx.socket(zmq.PUB)
        self.workers: OrderedDict[bytes, WorkerRecord] = OrderedDict()
        self.pending: dict[str, deque[list[bytes]]] = defaultdict(deque)
        self.poller = zmq.Poller()
        self.stats = BrokerStats()
        self._hb_interval = self.settings.broker.heartbeat_interval_ms / 1000.0
        self._hb_at = time.monotonic() + self._hb_interval
        self._running = False

    # ------------------------------------------------------------------ setup
    def bind(self) -> None:
        b = self.settings.broker
        self.frontend.setsockopt(zmq.ROUTER_MANDATORY, 1)
        self.backend.setsockopt(zmq.ROUTER_MANDATORY, 1)
        self.frontend.bind(b.frontend_bind)
        self.backend.bind(b.backend_bind)
        self.events.bind(b.events_bind)
        self.poller.register(self.frontend, zmq.POLLIN)
        self.poller.register(self.backend, zmq.POLLIN)
        log.info("broker bound frontend=%s backend=%s", b.frontend_bind, b.backend_bind)

    # --------------------------------------------------------------- workers
    def _expiry(self) -> float:
        return time.monotonic() + self._hb_interval * self.settings.broker.heartbeat_liveness

    def _register(self, address: bytes, job_types: list[bytes]) -> None:
        types = {t.decode() for t in job_types}
        rec = self.workers.get(address)
        if rec is None:
            rec = WorkerRecord(address=address, job_types=types, expiry=self._expiry())
            self.workers[address] = rec
            log.info("worker %s ready for %s", address.hex(), sorted(types))
        else:
            rec.job_types |= types
            rec.expiry = self._expiry()
        rec.busy = False
        self._drain(rec)

    def _idle_worker_for(self, job_type: str) -> WorkerRecord | None:
        for rec in self.workers.values():
            if not rec.busy and job_type in rec.job_types:
                return rec
        return None

    def _purge(self) -> None:
        now = time.monotonic()
        for addr in [a for a, r in self.workers.items() if r.expiry < now]:
            log.warning("worker %s expired", addr.hex())
            self.workers.pop(addr, None)
            self.stats.expired_workers += 1

    def _send_heartbeats(self) -> None:
        if time.monotonic() < self._hb_at:
            return
        for addr in list(self.workers):
            try:
                self.backend.send_multipart([addr, b"", W_HEARTBEAT])
            except zmq.ZMQError:
                self.workers.pop(addr, None)
        self._hb_at = time.monotonic() + self._hb_interval

    # -------------------------------------------------------------- dispatch
    def _dispatch(self, rec: WorkerRecord, client_addr: bytes, payload: bytes) -> None:
        rec.busy = True
        self.backend.send_multipart([rec.address, b"", W_REQUEST, client_addr, b"", payload])
        self.stats.dispatched += 1

    def _drain(self, rec: WorkerRecord) -> None:
        for jt in rec.job_types:
            queue = self.pending.get(jt)
            if queue:
                client_addr, payload = queue.popleft()
                self._dispatch(rec, client_addr, payload)
                return

    def handle_frontend(self) -> None:
        frames = self.frontend.recv_multipart()
        self.stats.received += 1
        try:
            envelope, body = split_envelope(frames)
            header = unpack(body[0])
        except (FramingError, IndexError) as exc:
            log.warning("bad client message %s: %s", describe(frames), exc)
            return
        client_addr = envelope[0]
        job_type = header.get("job_type", "")
        rec = self._idle_worker_for(job_type)
        if rec is None:
            if not any(job_type in r.job_types for r in self.workers.values()) and job_type:
                log.debug("no worker registered for %s yet, queueing", job_type)
            self.pending[job_type].append((client_addr, body[0]))
            self.stats.queued[job_type] = len(self.pending[job_type])
            return
        self._dispatch(rec, client_addr, body[0])

    def handle_backend(self) -> None:
        frames = self.backend.recv_multipart()
        worker_addr, _, command, *rest = frames
        rec = self.workers.get(worker_addr)
        if command == W_READY:
            self._register(worker_addr, rest)
        elif command == W_REPLY:
            client_addr, _, payload = rest
            try:
                self.frontend.send_multipart([client_addr, b"", payload])
            except zmq.ZMQError as exc:
                log.warning("client %s gone: %s", client_addr.hex(), exc)
            self.stats.replied += 1
            self.events.send_multipart([b"job.done", payload[:256]])
            if rec is not None:
                rec.busy = False
                rec.processed += 1
                rec.expiry = self._expiry()
                self._drain(rec)
        elif command == W_HEARTBEAT:
            if rec is not None:
                rec.expiry = self._expiry()
        elif command == W_DISCONNECT:
            self.workers.pop(worker_addr, None)
        else:
            log.error("unknown worker command %r", command)

    # ------------------------------------------------------------------ loop
    def run(self) -> None:
        self.bind()
        self._running = True
        while self._running:
            try:
                events = dict(self.poller.poll(int(self._hb_interval * 1000)))
            except KeyboardInterrupt:
                break
            if self.frontend in events:
                self.handle_frontend()
            if self.backend in events:
                self.handle_backend()
            self._purge()
            self._send_heartbeats()
        self.close()

    def stop(self) -> None:
        self._running = False

    def snapshot(self) -> bytes:
        return pack({
            "workers": len(self.workers),
            "busy": sum(1 for r in self.workers.values() if r.busy),
            "stats": self.stats.__dict__,
        })

    def close(self) -> None:
        for sock in (self.frontend, self.backend, self.events):
            sock.close(linger=0)
