"""Outbound integrations that are not model providers: S3 for attachments, Slack and
customer webhooks."""
from __future__ import annotations

import uuid
from typing import Optional

import aioboto3
import httpx

from app.config import settings
from app.logging_config import get_logger

log = get_logger(__name__)

_session = aioboto3.Session()


async def upload_bytes(data: bytes, content_type: str, prefix: str = "generated") -> str:
    key = f"{prefix}/{uuid.uuid4().hex}"
    async with _session.client("s3", region_name=settings.s3_region) as s3:
        await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=data, ContentType=content_type)
    return key


async def presigned_url(key: str, expires: int = 3600) -> str:
    async with _session.client("s3", region_name=settings.s3_region) as s3:
        return await s3.generate_presigned_url(
            "get_object", Params={"Bucket": settings.s3_bucket, "Key": key}, ExpiresIn=expires
        )


async def notify_slack(text: str, channel: Optional[str] = None) -> None:
    if not settings.slack_webhook_url:
        return
    payload = {"text": text}
    if channel:
        payload["channel"] = channel
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(settings.slack_webhook_url, json=payload)
        if resp.status_code >= 400:
            log.warning("slack_notify_failed", status=resp.status_code)


async def post_webhook(url: str, event: str, data: dict) -> None:
    async with httpx.AsyncClient(timeout=15) as client:
        await client.post(url, json={"event": event, "data": data})
