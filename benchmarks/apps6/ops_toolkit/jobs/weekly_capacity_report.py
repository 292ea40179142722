"""Weekly capacity report for leadership (Mondays 06:00 UTC).

cron: 0 6 * * 1  python jobs/weekly_capacity_report.py --metrics s3://...
"""
from __future__ import annotations

import csv
import io
import logging

import boto3
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from common.aws import put_bytes
from common.runtime import job_main
from opskit.clients import get_watsonx_model
from opskit.config import WATSONX_URL, get_settings
from prompts import capacity_report_prompt

log = logging.getLogger("jobs.capacity")

GRANITE = "ibm/granite-3-8b-instruct"
REVIEWER = "meta-llama/llama-3-3-70b-instruct"


def _load_metrics(uri: str) -> list:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    obj = boto3.client("s3").get_object(Bucket=bucket, Key=key)
    return list(csv.DictReader(io.StringIO(obj["Body"].read().decode("utf-8"))))


def _reviewer() -> ModelInference:
    s = get_settings()
    api_client = APIClient(Credentials(url=WATSONX_URL, api_key=s.watsonx_api_key), project_id=s.watsonx_project_id)
    return ModelInference(model_id=REVIEWER, api_client=api_client, params={"max_tokens": 500})


@job_main("weekly_capacity_report")
def main(args) -> int:
    metrics_uri = next((a.split("=", 1)[1] for a in args.extra if a.startswith("--metrics=")), None)
    if not metrics_uri:
        log.error("--metrics=s3://bucket/key is required")
        return 2
    rows = _load_metrics(metrics_uri)

    draft = get_watsonx_model(GRANITE).generate_text(
        prompt=capacity_report_prompt(rows),
        params={"max_new_tokens": 900, "decoding_method": "greedy", "repetition_penalty": 1.05},
    )

    review = _reviewer().chat(
        messages=[
            {"role": "system", "content": "You review reports for numerical mistakes. List any, or reply 'no issues'."},
            {"role": "user", "content": f"Report:\n{draft}\n\nSource rows:\n{rows[:200]}"},
        ]
    )
    notes = review["choices"][0]["message"]["content"]

    report = f"{draft}\n\n---\nReviewer notes: {notes}\n"
    if args.dry_run:
        print(report)
        return 0
    uri = put_bytes("reports/capacity/latest.md", report.encode("utf-8"), "text/markdown")
    log.info("capacity report written to %s", uri)
    return 0


if __name__ == "__main__":
    main()
