"""Upload generated artefacts (images, reports) to the shared S3 bucket."""
from __future__ import annotations

import mimetypes
import uuid
from pathlib import PurePosixPath
from typing import Optional

import boto3

from kestrel.config import get_settings
from kestrel.errors import ConfigError

_s3 = None


def _client():
    global _s3
    if _s3 is None:
        _s3 = boto3.client("s3")
    return _s3


def upload_artifact(data: bytes, name: str, prefix: str = "kestrel", bucket: Optional[str] = None) -> str:
    bucket = bucket or get_settings().artifacts_bucket
    if not bucket:
        raise ConfigError("artifacts_bucket is not configured")
    key = str(PurePosixPath(prefix) / f"{uuid.uuid4().hex[:8]}-{name}")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    _client().put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    return f"s3://{bucket}/{key}"
