#!/usr/bin/env python
"""Push a results file to the shared bucket, register the run and ping Slack."""
import argparse
import logging
from pathlib import Path

import boto3
import requests

import config
from common.store import RunStore
from helpers import setup_logging

log = logging.getLogger("upload")


def upload(path: Path, prefix: str):
    s3 = boto3.client("s3")
    key = f"{prefix.rstrip('/')}/{path.name}"
    with path.open("rb") as fh:
        s3.put_object(Bucket=config.RESULTS_BUCKET, Key=key, Body=fh, ServerSideEncryption="AES256")
    return f"s3://{config.RESULTS_BUCKET}/{key}"


def notify(text):
    if not config.SLACK_WEBHOOK_URL:
        log.info("no SLACK_WEBHOOK_URL, not notifying")
        return
    resp = requests.post(config.SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)
    if resp.status_code != 200:
        log.warning("slack said %s: %s", resp.status_code, resp.text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--script", required=True)
    ap.add_argument("--provider")
    ap.add_argument("--model")
    ap.add_argument("--prefix", default="research/")
    args = ap.parse_args()
    setup_logging()

    uri = upload(args.path, args.prefix)
    run_id = RunStore().create(
        script=args.script,
        provider=args.provider,
        model=args.model,
        output_path=uri,
    )
    log.info("registered run %s -> %s", run_id, uri)
    notify(f":bar_chart: `{args.script}` ({args.provider or 'n/a'}) results: {uri} (run {run_id})")


if __name__ == "__main__":
    main()
