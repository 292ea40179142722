#!/usr/bin/env python
"""Compile a pipeline to YAML and submit it to Vertex AI Pipelines.

    python scripts/compile_and_submit.py ticket-triage --param since=2024-11-01
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from google.cloud import aiplatform  # noqa: E402
from kfp import compiler  # noqa: E402

from pipelines import PIPELINES  # noqa: E402
from pipelines.extraction import order_extraction_pipeline  # noqa: E402

PIPELINES = {**PIPELINES, "order-extraction": order_extraction_pipeline}


def parse_params(pairs: list[str]) -> dict:
    out = {}
    for p in pairs:
        k, _, v = p.partition("=")
        try:
            out[k] = json.loads(v)
        except json.JSONDecodeError:
            out[k] = v
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pipeline", choices=sorted(PIPELINES))
    ap.add_argument("--project", default=os.environ.get("GOOGLE_CLOUD_PROJECT", "acme-ml-dev"))
    ap.add_argument("--location", default="us-central1")
    ap.add_argument("--root", default="gs://acme-ml-dev-pipelines/root")
    ap.add_argument("--service-account", default=None)
    ap.add_argument("--param", action="append", default=[])
    ap.add_argument("--compile-only", action="store_true")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--sync", action="store_true")
    ap.add_argument("--schedule", default=None, help="cron expression; creates a schedule instead of a run")
    args = ap.parse_args()

    package_path = f"build/{args.pipeline}.yaml"
    os.makedirs("build", exist_ok=True)
    compiler.Compiler().compile(pipeline_func=PIPELINES[args.pipeline], package_path=package_path)
    print(f"compiled {package_path}")
    if args.compile_only:
        return 0

    params = parse_params(args.param)
    params.setdefault("project", args.project)

    aiplatform.init(project=args.project, location=args.location, staging_bucket=args.root)
    job = aiplatform.PipelineJob(
        display_name=f"{args.pipeline}-{dt.datetime.utcnow():%Y%m%d-%H%M%S}",
        template_path=package_path,
        pipeline_root=args.root,
        parameter_values=params,
        enable_caching=not args.no_cache,
        labels={"team": "support-ml", "pipeline": args.pipeline},
    )
    if args.schedule:
        schedule = job.create_schedule(
            display_name=f"{args.pipeline}-nightly",
            cron=f"TZ=Etc/UTC {args.schedule}",
            max_concurrent_run_count=1,
            service_account=args.service_account,
        )
        print(f"created schedule {schedule.resource_name}")
        return 0
    if args.sync:
        job.run(service_account=args.service_account)
    else:
        job.submit(service_account=args.service_account)
    print(job.resource_name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
