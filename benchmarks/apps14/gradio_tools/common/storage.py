"""S3 storage for uploaded files, transcripts and generated images."""
from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from typing import Optional

import boto3

from common.settings import get_settings

_s3 = None


def _client():
    global _s3
    if _s3 is None:
        _s3 = boto3.client("s3", region_name=get_settings().aws_region)
    return _s3


def put_bytes(prefix: str, data: bytes, filename: str, owner: Optional[str] = None) -> str:
    key = f"{prefix}/{dt.date.today():%Y/%m/%d}/{uuid.uuid4().hex}-{filename}"
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    _client().put_object(
        Bucket=get_settings().assets_bucket,
        Key=key,
        Body=data,
        ContentType=content_type,
        Metadata={"owner": owner or "unknown"},
        ServerSideEncryption="aws:kms",
    )
    return key


def presigned_url(key: str, expires: int = 3600) -> str:
    return _client().generate_presigned_url(
        "get_object",
        Params={"Bucket": get_settings().assets_bucket, "Key": key},
        ExpiresIn=expires,
    )
