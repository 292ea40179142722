"""AWS helpers for the jobs: the artifacts bucket and the ops work queue."""
from __future__ import annotations

import json
import os
import uuid
from functools import cache

import boto3

from opskit.config import get_settings


@cache
def _s3():
    return boto3.client("s3")


def put_json(key: str, payload, bucket: str = None) -> str:
    bucket = bucket or get_settings().artifacts_bucket
    _s3().put_object(
        Bucket=bucket,
        Key=key,
        Body=json.dumps(payload, default=str).encode("utf-8"),
        ContentType="application/json",
    )
    return f"s3://{bucket}/{key}"


def put_bytes(key: str, data: bytes, content_type: str, bucket: str = None) -> str:
    bucket = bucket or get_settings().artifacts_bucket
    _s3().put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    return f"s3://{bucket}/{key}"


class WorkQueue:
    """Thin wrapper over the SQS queue consumed by the ops workers."""

    def __init__(self, url: str = None):
        self.url = url or os.environ["OPS_WORK_QUEUE_URL"]
        self._sqs = boto3.client("sqs")

    def submit(self, task: str, payload: dict, delay_seconds: int = 0) -> str:
        message_id = uuid.uuid4().hex
        self._sqs.send_message(
            QueueUrl=self.url,
            MessageBody=json.dumps({"id": message_id, "task": task, "payload": payload}),
            DelaySeconds=delay_seconds,
        )
        return message_id
