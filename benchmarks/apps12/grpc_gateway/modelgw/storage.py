"""Persistence: request log rows (Postgres via tortoise) and binary artifacts (S3)."""
from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Optional

import boto3
from tortoise import fields
from tortoise.models import Model

from modelgw.config import settings

log = logging.getLogger(__name__)


class RequestLog(Model):
    id = fields.UUIDField(pk=True, default=uuid.uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)
    tenant_id = fields.CharField(max_length=64, index=True)
    caller = fields.CharField(max_length=64)
    rpc = fields.CharField(max_length=64)
    provider = fields.CharField(max_length=32)
    model = fields.CharField(max_length=128)
    input_tokens = fields.IntField(default=0)
    output_tokens = fields.IntField(default=0)
    latency_ms = fields.IntField(default=0)
    status = fields.CharField(max_length=32, default="ok")

    class Meta:
        table = "request_log"


class BatchJob(Model):
    id = fields.CharField(max_length=128, pk=True)
    provider = fields.CharField(max_length=32)
    tenant_id = fields.CharField(max_length=64)
    callback_url = fields.CharField(max_length=512, null=True)
    status = fields.CharField(max_length=32, default="submitted")
    submitted_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "batch_job"


async def record_request(
    *,
    tenant_id: str,
    caller: str,
    rpc: str,
    provider: str,
    model: str,
    input_tokens: int = 0,
    output_tokens: int = 0,
    latency_ms: int = 0,
    status: str = "ok",
) -> None:
    try:
        await RequestLog.create(
            tenant_id=tenant_id or "unknown",
            caller=caller,
            rpc=rpc,
            provider=provider,
            model=model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            latency_ms=latency_ms,
            status=status,
        )
    except Exception:  # the request log must never fail a request
        log.exception("failed to write request_log row")


class ArtifactStore:
    def __init__(self, bucket: Optional[str] = None):
        self._bucket = bucket or settings.artifacts_bucket
        self._s3 = boto3.client("s3")

    def put_image(self, tenant_id: str, data: bytes, content_type: str = "image/png") -> str:
        key = f"images/{tenant_id}/{dt.date.today():%Y/%m/%d}/{uuid.uuid4().hex}.png"
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=data, ContentType=content_type)
        return key

    def presign(self, key: str, expires: int = 3600) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=expires
        )
