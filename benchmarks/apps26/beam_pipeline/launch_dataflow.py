#!/usr/bin/env python
"""Launch the enrichment job on Dataflow.

    ./launch_dataflow.py batch --date 2025-01-14
    ./launch_dataflow.py streaming --update

Runs a cheap credentials preflight first (model listing only, nothing billable)
so a bad secret fails here instead of 20 minutes into worker startup.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys

from apache_beam.options.pipeline_options import PipelineOptions

from newsenrich import pipeline, streaming
from newsenrich.clients import get_anthropic, get_cohere, get_openai, make_deepseek_client

PROJECT = os.environ.get("NEWSENRICH_PROJECT", "news-agg-prod")
REGION = os.environ.get("NEWSENRICH_REGION", "us-central1")
BUCKET = os.environ.get("NEWSENRICH_BUCKET", "gs://news-agg-dataflow")

_LOG = logging.getLogger("launch")


def preflight(required_models: dict) -> None:
    available = {m.id for m in get_openai().models.list()}
    missing = [m for m in required_models.get("openai", []) if m not in available]
    if missing:
        raise SystemExit(f"OpenAI models not available to this key: {missing}")
    claude_ids = {m.id for m in get_anthropic().models.list(limit=50)}
    _LOG.info("anthropic key ok (%d models visible)", len(claude_ids))
    if not get_cohere().check_api_key().valid:
        raise SystemExit("cohere key invalid")
    # constructing the DeepSeek client resolves the secret; that's enough of a check
    make_deepseek_client()


def common_args(job_name: str) -> list:
    return [
        "--runner=DataflowRunner",
        f"--project={PROJECT}",
        f"--region={REGION}",
        f"--temp_location={BUCKET}/tmp",
        f"--staging_location={BUCKET}/staging",
        f"--job_name={job_name}",
        "--setup_file=./setup.py",
        "--service_account_email=newsenrich-worker@%s.iam.gserviceaccount.com" % PROJECT,
        "--experiments=use_runner_v2",
        "--sdk_container_image=us-docker.pkg.dev/%s/beam/newsenrich:latest" % PROJECT,
        f"--genai_project={PROJECT}",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["batch", "streaming"])
    parser.add_argument("--date", default=(dt.date.today() - dt.timedelta(days=1)).isoformat())
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--skip_preflight", action="store_true")
    parser.add_argument("--summarizer", default="tracked")
    args, extra = parser.parse_known_args(argv)

    if not args.skip_preflight:
        preflight({"openai": ["gpt-4o-mini", "text-embedding-3-small", "omni-moderation-latest"]})

    if args.mode == "batch":
        job_name = f"newsenrich-batch-{args.date.replace('-', '')}"
        argv_out = common_args(job_name) + [
            f"--input={BUCKET}/crawl/{args.date}/*.jsonl",
            f"--output_table={PROJECT}:news.enriched_articles",
            f"--dead_letter_path={BUCKET}/dead_letter/{args.date}",
            f"--summarizer={args.summarizer}",
            "--enable_moderation",
            "--max_num_workers=40",
        ] + extra
        pipeline.run(argv_out, save_main_session=False)
    else:
        argv_out = common_args("newsenrich-streaming") + [
            f"--input_subscription=projects/{PROJECT}/subscriptions/crawler-articles-enrich",
            f"--output_table={PROJECT}:news.enriched_articles_live",
            "--enable_moderation",
            "--enable_headlines",
            "--streaming",
            "--enable_streaming_engine",
        ] + (["--update"] if args.update else []) + extra
        streaming.run(argv_out)
    _LOG.info("submitted %s", args.mode)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
