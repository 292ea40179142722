from __future__ import annotations

import logging
import mimetypes
import uuid
from functools import lru_cache

import boto3

from botkit.config import get_settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _s3():
    return boto3.client("s3", region_name=get_settings().aws_region)


def upload_artifact(data: bytes, prefix: str, filename: str) -> str:
    """Store a generated file and return a presigned URL valid for a week."""
    bucket = get_settings().artifacts_bucket
    key = f"{prefix}/{uuid.uuid4().hex}/{filename}"
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    _s3().put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    logger.info("uploaded s3://%s/%s (%d bytes)", bucket, key, len(data))
    return _s3().generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=7 * 24 * 3600
    )
