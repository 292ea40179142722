"""Very small in-process metrics, scraped over NATS by the ops dashboard."""
from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Histogram:
    buckets: tuple[float, ...] = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
    counts: list[int] = field(default_factory=lambda: [0] * 12)
    total: float = 0.0
    n: int = 0

    def observe(self, value_ms: float) -> None:
        self.n += 1
        self.total += value_ms
        for i, b in enumerate(self.buckets):
            if value_ms <= b:
                self.counts[i] += 1
                return
        self.counts[-1] += 1

    def snapshot(self) -> dict:
        return {"n": self.n, "avg_ms": self.total / self.n if self.n else 0.0, "counts": list(self.counts)}


class Metrics:
    def __init__(self) -> None:
        self.counters: dict[str, int] = defaultdict(int)
        self.histograms: dict[str, Histogram] = defaultdict(Histogram)

    def inc(self, name: str, by: int = 1) -> None:
        self.counters[name] += by

    @contextmanager
    def timer(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.histograms[name].observe((time.perf_counter() - started) * 1000)

    def snapshot(self) -> dict:
        return {
            "counters": dict(self.counters),
            "histograms": {k: h.snapshot() for k, h in self.histograms.items()},
        }


metrics = Metrics()
