import hashlib
import logging
from functools import lru_cache

import boto3
from django.conf import settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _s3():
    return boto3.client("s3", region_name=settings.AWS_REGION)


def tenant_key(tenant_id, *parts):
    return "/".join(["tenants", str(tenant_id), *[str(p) for p in parts]])


def put_text(tenant_id, name, text, content_type="text/plain; charset=utf-8"):
    body = text.encode("utf-8")
    key = tenant_key(tenant_id, "derived", name)
    _s3().put_object(
        Bucket=settings.AWS_STORAGE_BUCKET_NAME,
        Key=key,
        Body=body,
        ContentType=content_type,
        Metadata={"sha256": hashlib.sha256(body).hexdigest()},
        ServerSideEncryption="aws:kms",
    )
    return key


def get_bytes(key):
    obj = _s3().get_object(Bucket=settings.AWS_STORAGE_BUCKET_NAME, Key=key)
    return obj["Body"].read()


def presigned_url(key, expires=900):
    return _s3().generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.AWS_STORAGE_BUCKET_NAME, "Key": key},
        ExpiresIn=expires,
    )


def s3_uri(key):
    return f"s3://{settings.AWS_STORAGE_BUCKET_NAME}/{key}"
