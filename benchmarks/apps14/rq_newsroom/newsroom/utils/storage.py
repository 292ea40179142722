"""S3 helpers for the media library."""
import logging
import mimetypes
import uuid
from functools import lru_cache

import boto3
from flask import current_app

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _s3(region):
    return boto3.client("s3", region_name=region)


def s3():
    return _s3(current_app.config["AWS_REGION"])


def new_key(prefix, filename):
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"{prefix.strip('/')}/{uuid.uuid4().hex}.{ext}"


def upload_bytes(key, data, content_type=None, public=False):
    content_type = content_type or mimetypes.guess_type(key)[0] or "application/octet-stream"
    extra = {"CacheControl": "public, max-age=31536000"} if public else {}
    s3().put_object(
        Bucket=current_app.config["MEDIA_BUCKET"],
        Key=key,
        Body=data,
        ContentType=content_type,
        **extra,
    )
    log.debug("uploaded %s (%d bytes)", key, len(data))
    return key


def read_object(key):
    obj = s3().get_object(Bucket=current_app.config["MEDIA_BUCKET"], Key=key)
    return obj["Body"].read()


def presigned_url(key, expires=3600):
    return s3().generate_presigned_url(
        "get_object",
        Params={"Bucket": current_app.config["MEDIA_BUCKET"], "Key": key},
        ExpiresIn=expires,
    )


def cdn_url(key):
    return f"{current_app.config['MEDIA_CDN_BASE'].rstrip('/')}/{key}"
