"""Tiny facade over the Prometheus HTTP API plus a local ring buffer."""
from __future__ import annotations

import collections
import statistics
import time
from dataclasses import dataclass

import httpx

from monitor.config import Settings


@dataclass
class Sample:
    metric: str
    value: float
    ts: float
    labels: dict


class MetricsStore:
    def __init__(self, prom_url: str, window: int = 500) -> None:
        self.prom_url = prom_url.rstrip("/")
        self._buf: dict[str, collections.deque] = collections.defaultdict(
            lambda: collections.deque(maxlen=window)
        )
        self._http = httpx.Client(timeout=10.0)

    @classmethod
    def from_settings(cls, settings: Settings) -> "MetricsStore":
        return cls(settings.section("service").get("prometheus_url", "http://prometheus:9090"))

    def query(self, promql: str) -> list[dict]:
        resp = self._http.post(f"{self.prom_url}/api/v1/query", data={"query": promql})
        resp.raise_for_status()
        return resp.json().get("data", {}).get("result", [])

    def record(self, metric: str, value: float, **labels) -> None:
        self._buf[metric].append(Sample(metric, value, time.time(), labels))

    def series(self, metric: str) -> list[float]:
        return [s.value for s in self._buf[metric]]

    def zscore(self, metric: str, value: float) -> float:
        vals = self.series(metric)
        if len(vals) < 10:
            return 0.0
        sd = statistics.pstdev(vals) or 1.0
        return (value - statistics.fmean(vals)) / sd

    def create(self, metric: str) -> None:
        """Pre-register a metric buffer (no-op if it exists)."""
        self._buf.setdefault(metric, collections.deque(maxlen=500))

    def snapshot(self) -> dict[str, list[float]]:
        return {k: [s.value for s in v] for k, v in self._buf.items()}


class BurnRateCalculator:
    """Multi-window SLO burn-rate helper (Google SRE workbook, ch. 5)."""

    WINDOWS = (("5m", "1h", 14.4), ("30m", "6h", 6.0), ("2h", "1d", 3.0))

    def __init__(self, store: MetricsStore, slo: float = 0.999) -> None:
        self.store = store
        self.budget = 1.0 - slo

    def _error_ratio(self, window: str) -> float:
        q = (
            f'sum(rate(http_requests_total{{code=~"5.."}}[{window}])) / '
            f"sum(rate(http_requests_total[{window}]))"
        )
        res = self.store.query(q)
        return float(res[0]["value"][1]) if res else 0.0

    def burning(self) -> list[tuple[str, str, float]]:
        out = []
        for short, long, factor in self.WINDOWS:
            s, l = self._error_ratio(short), self._error_ratio(long)
            if s > factor * self.budget and l > factor * self.budget:
                out.append((short, long, round(l / self.budget, 2)))
        return out
