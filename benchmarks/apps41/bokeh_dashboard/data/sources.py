"""Metric sources: Prometheus range queries and CSV samples for offline dev."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import requests

from config import settings

log = logging.getLogger(__name__)

PROM_URL = os.environ.get("PROMETHEUS_URL", "http://prometheus.monitoring:9090")

METRICS = {
    "latency_p95": 'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{{service="{svc}"}}[5m])) by (le))',
    "error_rate": 'sum(rate(http_requests_total{{service="{svc}",code=~"5.."}}[5m])) / sum(rate(http_requests_total{{service="{svc}"}}[5m]))',
    "rps": 'sum(rate(http_requests_total{{service="{svc}"}}[5m]))',
    "cpu": 'sum(rate(container_cpu_usage_seconds_total{{container="{svc}"}}[5m]))',
}

SERVICES = ["checkout", "search", "payments", "catalog", "auth"]


@dataclass
class MetricSource:
    name: str

    def fetch(self, service: str, metric: str, hours: int = 6) -> pd.DataFrame:
        raise NotImplementedError


class PrometheusSource(MetricSource):
    def __init__(self, base_url: str = PROM_URL):
        super().__init__("prometheus")
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def fetch(self, service: str, metric: str, hours: int = 6) -> pd.DataFrame:
        end = datetime.now(timezone.utc)
        start = end - timedelta(hours=hours)
        query = METRICS[metric].format(svc=service)
        resp = self.session.post(
            f"{self.base_url}/api/v1/query_range",
            data={"query": query, "start": start.timestamp(), "end": end.timestamp(), "step": "60"},
            timeout=15,
        )
        resp.raise_for_status()
        result = resp.json()["data"]["result"]
        if not result:
            return pd.DataFrame(columns=["ts", metric])
        values = result[0]["values"]
        df = pd.DataFrame(values, columns=["ts", metric])
        df["ts"] = pd.to_datetime(df["ts"].astype(float), unit="s")
        df[metric] = df[metric].astype(float)
        return df


class CsvSource(MetricSource):
    def __init__(self, directory: str = settings.data_dir):
        super().__init__("csv")
        self.directory = directory

    def fetch(self, service: str, metric: str, hours: int = 6) -> pd.DataFrame:
        path = os.path.join(self.directory, f"{service}.csv")
        if not os.path.exists(path):
            return synthetic(service, metric, hours)
        df = pd.read_csv(path, parse_dates=["ts"])
        return df[["ts", metric]].tail(hours * 60)


def synthetic(service: str, metric: str, hours: int = 6) -> pd.DataFrame:
    rng = np.random.default_rng(abs(hash((service, metric))) % 2**32)
    n = hours * 60
    ts = pd.date_range(end=pd.Timestamp.utcnow(), periods=n, freq="min")
    base = {"latency_p95": 0.25, "error_rate": 0.01, "rps": 300.0, "cpu": 1.2}[metric]
    noise = rng.normal(0, base * 0.08, n)
    spike = np.zeros(n)
    spike[int(n * 0.7) : int(n * 0.72)] = base * 1.5
    return pd.DataFrame({"ts": ts, metric: np.clip(base + noise + spike, 0, None)})


def default_source() -> MetricSource:
    if os.environ.get("OPS_OFFLINE"):
        return CsvSource()
    return PrometheusSource()
