"""Object storage helpers (S3 via aioboto3)."""

from __future__ import annotations

import io
from contextlib import asynccontextmanager

import aioboto3

from app.config import get_settings

_session = aioboto3.Session()


@asynccontextmanager
async def _s3():
    async with _session.client("s3") as s3:
        yield s3


async def download_bytes(key: str, bucket: str | None = None) -> bytes:
    bucket = bucket or get_settings().media_bucket
    async with _s3() as s3:
        obj = await s3.get_object(Bucket=bucket, Key=key)
        return await obj["Body"].read()


async def upload_bytes(key: str, data: bytes, content_type: str, bucket: str | None = None) -> str:
    bucket = bucket or get_settings().media_bucket
    async with _s3() as s3:
        await s3.upload_fileobj(io.BytesIO(data), bucket, key, ExtraArgs={"ContentType": content_type})
    return f"s3://{bucket}/{key}"


def public_url(key: str) -> str:
    return f"https://{get_settings().media_bucket}.s3.amazonaws.com/{key}"
