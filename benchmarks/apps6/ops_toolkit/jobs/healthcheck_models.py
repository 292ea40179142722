"""Synthetic probes for the model providers we depend on.

Runs every 5 minutes and pushes a gauge per provider to the metrics gateway.
cron: */5 * * * *  python jobs/healthcheck_models.py
"""
from __future__ import annotations

import logging
import os
import time

import requests

from common.runtime import job_main
from opskit.config import get_settings
from opskit.router import RouterHolder

log = logging.getLogger("jobs.healthcheck_models")

PUSHGATEWAY = os.getenv("PUSHGATEWAY_URL", "http://pushgateway.monitoring.svc:9091")
PROBE_MESSAGES = [{"role": "user", "content": "Reply with the single word: pong"}]


def probe_perplexity() -> float:
    started = time.monotonic()
    resp = requests.post(
        "https://api.perplexity.ai/chat/completions",
        headers={"Authorization": f"Bearer {get_settings().perplexity_api_key}"},
        json={"model": "sonar", "messages": PROBE_MESSAGES, "max_tokens": 3},
        timeout=30,
    )
    resp.raise_for_status()
    return time.monotonic() - started


def probe_router() -> float:
    started = time.monotonic()
    RouterHolder().complete(PROBE_MESSAGES, max_tokens=3)
    return time.monotonic() - started


def push(provider: str, ok: bool, latency: float) -> None:
    body = f"model_probe_up {int(ok)}\nmodel_probe_latency_seconds {latency:.3f}\n"
    requests.post(f"{PUSHGATEWAY}/metrics/job/model_probe/provider/{provider}", data=body, timeout=5)


@job_main("healthcheck_models")
def main(args) -> int:
    failures = 0
    for name, probe in (("perplexity", probe_perplexity), ("router", probe_router)):
        try:
            latency, ok = probe(), True
        except Exception as exc:
            log.warning("%s probe failed: %s", name, exc)
            latency, ok = 0.0, False
            failures += 1
        if not args.dry_run:
            push(name, ok, latency)
    return 1 if failures else 0


if __name__ == "__main__":
    main()
