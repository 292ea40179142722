"""In-process counters, scraped by the sidecar over the events PUB socket."""
from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.latency_ms: dict[str, list[float]] = defaultdict(list)

    def start(self, job_type: str) -> float:
        with self._lock:
            self.counts[f"{job_type}.started"] += 1
        return time.perf_counter()

    def completion(self, job_type: str, started: float, ok: bool = True) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        with self._lock:
            self.counts[f"{job_type}.{'ok' if ok else 'error'}"] += 1
            samples = self.latency_ms[job_type]
            samples.append(elapsed)
            if len(samples) > 500:
                del samples[:250]

    def snapshot(self) -> dict[str, object]:
        with self._lock:
            return {
                "counts": dict(self.counts),
                "p50_ms": {k: sorted(v)[len(v) // 2] for k, v in self.latency_ms.items() if v},
            }


metrics = Metrics()


class MetricsPublisher:
    """Periodically publishes ``metrics.snapshot()`` on a PUB socket.

    Started from run_worker when METRICS_PUB_URL is set.  Kept deliberately
    dumb: the sidecar does aggregation.
    """

    def __init__(self, url: str, interval_s: float = 10.0, source: Metrics | None = None) -> None:
        import zmq  # local import: metrics is imported by tests without a zmq context

        self.url = url
        self.interval_s = interval_s
        self.source = source or metrics
        self._ctx = zmq.Context.instance()
        self._sock = self._ctx.socket(zmq.PUB)
        self._sock.connect(url)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="metrics-pub", daemon=True)

    def start(self) -> "MetricsPublisher":
        self._thread.start()
        return self

    def _loop(self) -> None:
        from .framing import pack

        while not self._stop.wait(self.interval_s):
            try:
                self._sock.send_multipart([b"metrics", pack(self.source.snapshot())])
            except Exception:  # noqa: BLE001 - never kill the worker over metrics
                continue

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval_s + 1)
        self._sock.close(linger=0)
