"""Bedrock runtime client. The desk's AWS account only has Claude and Llama enabled."""
from __future__ import annotations

import boto3
from botocore.config import Config

from deskassist.settings import settings

_RETRY_CONFIG = Config(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120)


def make_bedrock_runtime():
    session = boto3.Session(
        profile_name=settings.aws_profile or None, region_name=settings.aws_region
    )
    return session.client("bedrock-runtime", config=_RETRY_CONFIG)


def make_bedrock_control():
    """Control-plane client: model catalogue only, never used for inference."""
    return boto3.client("bedrock", region_name=settings.aws_region)
