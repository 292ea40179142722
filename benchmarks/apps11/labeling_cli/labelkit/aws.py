"""boto3 session / client helpers shared by the Bedrock adapter, batch jobs and S3 output."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

import boto3
from botocore.config import Config

from labelkit.config import get_settings

log = logging.getLogger(__name__)

# Bedrock throttles hard on on-demand throughput; we do our own retries in labelkit.retry,
# so keep botocore's to a minimum to avoid multiplying attempts.
_BEDROCK_CONFIG = Config(
    retries={"max_attempts": 2, "mode": "adaptive"},
    connect_timeout=10,
    read_timeout=180,
    max_pool_connections=64,
)
_S3_CONFIG = Config(retries={"max_attempts": 8, "mode": "standard"})


@lru_cache(maxsize=8)
def get_session(profile: Optional[str] = None, region: Optional[str] = None) -> boto3.Session:
    settings = get_settings()
    session = boto3.Session(
        profile_name=profile or settings.aws_profile,
        region_name=region or settings.aws_region,
    )
    log.debug("boto3 session profile=%s region=%s", session.profile_name, session.region_name)
    return session


def bedrock_runtime(region: Optional[str] = None, profile: Optional[str] = None):
    """Client for model invocation (Converse / InvokeModel)."""
    session = get_session(profile, region or get_settings().bedrock_region)
    return session.client("bedrock-runtime", config=_BEDROCK_CONFIG)


def bedrock_control(region: Optional[str] = None, profile: Optional[str] = None):
    """Control-plane client: model catalogue, batch inference jobs."""
    session = get_session(profile, region or get_settings().bedrock_region)
    return session.client("bedrock", config=_BEDROCK_CONFIG)


def s3_client(profile: Optional[str] = None):
    return get_session(profile).client("s3", config=_S3_CONFIG)


def split_s3_uri(uri: str):
    if not uri.startswith("s3://"):
        raise ValueError(f"not an s3 uri: {uri}")
    bucket, _, key = uri[len("s3://"):].partition("/")
    return bucket, key
