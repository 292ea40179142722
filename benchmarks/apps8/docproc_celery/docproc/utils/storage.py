import io
import json
from functools import lru_cache
from typing import Any

import boto3

from docproc.settings import settings


@lru_cache(maxsize=1)
def _s3():
    return boto3.client("s3", region_name=settings.aws_region)


def download_document(key: str) -> bytes:
    obj = _s3().get_object(Bucket=settings.documents_bucket, Key=key)
    return obj["Body"].read()


def put_artifact(key: str, payload: Any, content_type: str = "application/json") -> str:
    body = json.dumps(payload, default=str).encode() if not isinstance(payload, bytes) else payload
    _s3().put_object(
        Bucket=settings.artifacts_bucket,
        Key=key,
        Body=body,
        ContentType=content_type,
        ServerSideEncryption="aws:kms",
    )
    return f"s3://{settings.artifacts_bucket}/{key}"


def artifact_stream(key: str) -> io.BytesIO:
    obj = _s3().get_object(Bucket=settings.artifacts_bucket, Key=key)
    return io.BytesIO(obj["Body"].read())


def presigned_url(key: str, expires: int = 900) -> str:
    return _s3().generate_presigned_url(
        "get_object", Params={"Bucket": settings.documents_bucket, "Key": key}, ExpiresIn=expires
    )
