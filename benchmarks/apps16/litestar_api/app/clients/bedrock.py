from __future__ import annotations

from functools import lru_cache
from typing import Optional

import boto3
from botocore.config import Config

from app.config import get_settings

_RUNTIME_CONFIG = Config(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=300,
    connect_timeout=10,
    max_pool_connections=50,
)


def make_bedrock_runtime(region_name: Optional[str] = None, profile_name: Optional[str] = None):
    settings = get_settings()
    session = boto3.Session(
        profile_name=profile_name or settings.aws_profile,
        region_name=region_name or settings.aws_region,
    )
    return session.client("bedrock-runtime", config=_RUNTIME_CONFIG)


@lru_cache(maxsize=None)
def get_bedrock_runtime(region_name: Optional[str] = None):
    # boto3 clients are thread-safe, sessions are not; one client per region is enough.
    return make_bedrock_runtime(region_name)


@lru_cache(maxsize=1)
def get_bedrock_control():
    """Control-plane client (model catalogue, batch inference jobs)."""
    settings = get_settings()
    return boto3.client("bedrock", region_name=settings.aws_region)
