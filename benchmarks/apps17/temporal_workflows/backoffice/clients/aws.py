"""boto3 session and clients. One session per process; boto3 clients are thread safe."""
from __future__ import annotations

from functools import lru_cache

import boto3
from botocore.config import Config

from backoffice.config import get_settings

_BEDROCK_CONFIG = Config(
    read_timeout=180,
    connect_timeout=10,
    retries={"max_attempts": 4, "mode": "adaptive"},
)


@lru_cache(maxsize=1)
def aws_session() -> boto3.Session:
    s = get_settings()
    return boto3.Session(profile_name=s.aws_profile, region_name=s.aws_region)


def bedrock_runtime():
    return aws_session().client("bedrock-runtime", config=_BEDROCK_CONFIG)


def bedrock_control():
    """Control-plane client (model listing, batch inference jobs)."""
    return aws_session().client("bedrock")


def s3():
    return aws_session().client("s3")


def sqs():
    return aws_session().client("sqs")
