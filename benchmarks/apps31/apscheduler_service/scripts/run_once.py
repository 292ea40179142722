#!/usr/bin/env python
"""Run a single job immediately, outside the scheduler.

    python scripts/run_once.py anomaly_summary
    python scripts/run_once.py log_triage --backend deepseek
"""
from __future__ import annotations

import argparse
import asyncio
import inspect
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.config import load_settings  # noqa: E402
from monitor.context import build_context  # noqa: E402
from monitor.jobs import (  # noqa: E402
    alert_enrichment,
    anomaly_summary,
    capacity_forecast,
    daily_digest,
    embedding_refresh,
    health_checks,
    log_triage,
)

JOBS = {
    "health_checks": health_checks.run_health_checks,
    "anomaly_summary": anomaly_summary.summarize_anomalies,
    "log_triage": log_triage.triage_recent_logs,
    "embedding_refresh": embedding_refresh.refresh_runbook_index,
    "daily_digest": daily_digest.send_daily_digest,
    "alert_enrichment": alert_enrichment.enrich_alerts,
    "capacity_forecast": capacity_forecast.write_forecast,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("job", choices=sorted(JOBS))
    ap.add_argument("--config")
    ap.add_argument("--backend", default=None)
    args = ap.parse_args()

    ctx = build_context(load_settings(args.config))
    fn = JOBS[args.job]
    kwargs = {"ctx": ctx}
    if args.backend and "backend" in inspect.signature(fn).parameters:
        kwargs["backend"] = args.backend
    result = fn(**kwargs)
    if inspect.isawaitable(result):
        result = asyncio.run(result)
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
