import logging
import uuid
from functools import lru_cache

import boto3

from app.core.config import settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _s3():
    return boto3.client("s3", region_name=settings.AWS_REGION)


def attachment_key(tenant_id: uuid.UUID, filename: str) -> str:
    safe = filename.replace("/", "_")[-120:]
    return f"tenants/{tenant_id}/attachments/{uuid.uuid4().hex}/{safe}"


def put_attachment(key: str, data: bytes, content_type: str) -> None:
    _s3().put_object(
        Bucket=settings.S3_ATTACHMENTS_BUCKET,
        Key=key,
        Body=data,
        ContentType=content_type,
        ServerSideEncryption="aws:kms",
    )


def get_attachment(key: str) -> bytes:
    obj = _s3().get_object(Bucket=settings.S3_ATTACHMENTS_BUCKET, Key=key)
    return obj["Body"].read()


def presigned_url(key: str, expires: int = 900) -> str:
    return _s3().generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.S3_ATTACHMENTS_BUCKET, "Key": key},
        ExpiresIn=expires,
    )
