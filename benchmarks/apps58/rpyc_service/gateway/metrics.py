"""Prometheus metrics for the gateway."""
from __future__ import annotations

import functools
import time

from prometheus_client import Counter, Histogram, start_http_server

REQUESTS = Counter("gateway_requests_total", "Exposed method calls", ["method", "team", "status"])
LATENCY = Histogram("gateway_request_seconds", "Exposed method latency", ["method"],
                    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120))
TOKENS = Counter("gateway_tokens_total", "Tokens by backend", ["backend", "direction"])


def instrumented(method_name: str):
    """Decorator for exposed_* methods."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            start = time.perf_counter()
            status = "ok"
            try:
                return fn(self, *args, **kwargs)
            except Exception:
                status = "error"
                raise
            finally:
                REQUESTS.labels(method_name, getattr(self, "team", None) or "anon", status).inc()
                LATENCY.labels(method_name).observe(time.perf_counter() - start)
        return wrapper
    return deco


def record_tokens(result) -> None:
    TOKENS.labels(result.backend, "input").inc(result.input_tokens)
    TOKENS.labels(result.backend, "output").inc(result.output_tokens)


def serve_metrics(port: int = 9108) -> None:
    start_http_server(port)
