"""Result writers: local JSONL, S3 upload, the run index DB, and the Slack summary."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any, Dict, Iterable, Optional

import boto3
import requests
from peewee import CharField, DateTimeField, FloatField, IntegerField, Model, SqliteDatabase, TextField

from evalharness.config import settings

logger = logging.getLogger(__name__)

db = SqliteDatabase(None)


class EvalRun(Model):
    run_name = CharField()
    model_name = CharField()
    suite = CharField()
    grader = CharField()
    n_samples = IntegerField()
    mean_score = FloatField()
    input_tokens = IntegerField(default=0)
    output_tokens = IntegerField(default=0)
    results_uri = TextField(null=True)
    created_at = DateTimeField(default=dt.datetime.utcnow)

    class Meta:
        database = db
        table_name = "eval_runs"


class JsonlWriter:
    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._handles: Dict[str, Any] = {}

    def write(self, stream: str, record: Dict[str, Any]) -> None:
        fh = self._handles.get(stream)
        if fh is None:
            fh = open(self.out_dir / f"{stream}.jsonl", "a", encoding="utf-8")
            self._handles[stream] = fh
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

    def close(self) -> None:
        for fh in self._handles.values():
            fh.close()
        self._handles.clear()


def upload_results(out_dir: Path, run_name: str, bucket: Optional[str] = None) -> str:
    bucket = bucket or settings.results_bucket
    s3 = boto3.client("s3")
    prefix = f"runs/{run_name}/{dt.datetime.utcnow():%Y-%m-%dT%H-%M}"
    for path in sorted(Path(out_dir).glob("*.jsonl")):
        with open(path, "rb") as fh:
            s3.put_object(
                Bucket=bucket,
                Key=f"{prefix}/{path.name}",
                Body=fh.read(),
                ContentType="application/x-ndjson",
            )
    uri = f"s3://{bucket}/{prefix}/"
    logger.info("uploaded results to %s", uri)
    return uri


def record_runs(rows: Iterable[Dict[str, Any]], db_path: Optional[str] = None) -> int:
    db.init(db_path or settings.results_db)
    db.connect(reuse_if_open=True)
    db.create_tables([EvalRun], safe=True)
    n = 0
    with db.atomic():
        for row in rows:
            EvalRun.create(**row)
            n += 1
    db.close()
    return n


def notify_slack(summary: str, webhook_url: Optional[str] = None) -> None:
    url = webhook_url or settings.slack_webhook_url
    if not url:
        return
    resp = requests.post(url, json={"text": summary}, timeout=10)
    if resp.status_code != 200:
        logger.warning("slack notification failed: %s %s", resp.status_code, resp.text[:200])
