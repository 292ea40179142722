"""Prometheus metrics. KServe exposes /metrics already; we just register more."""
from __future__ import annotations

import time
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

UPSTREAM_LATENCY = Histogram(
    "hosted_llm_upstream_latency_seconds",
    "Latency of calls to hosted LLM providers",
    ["provider", "model"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64),
)
UPSTREAM_ERRORS = Counter("hosted_llm_upstream_errors_total", "Upstream errors", ["provider", "kind"])
TOKENS = Counter("hosted_llm_tokens_total", "Tokens reported by provider", ["provider", "model", "direction"])


@contextmanager
def observe(provider: str, model: str):
    start = time.perf_counter()
    try:
        yield
    except Exception as exc:
        UPSTREAM_ERRORS.labels(provider=provider, kind=type(exc).__name__).inc()
        raise
    finally:
        UPSTREAM_LATENCY.labels(provider=provider, model=model).observe(time.perf_counter() - start)


def record_tokens(provider: str, model: str, prompt: int | None, completion: int | None) -> None:
    if prompt:
        TOKENS.labels(provider=provider, model=model, direction="in").inc(prompt)
    if completion:
        TOKENS.labels(provider=provider, model=model, direction="out").inc(completion)
