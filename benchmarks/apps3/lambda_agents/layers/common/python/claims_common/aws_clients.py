"""boto3 clients shared by every function in the stack.

They are created at import time so that warm Lambda containers reuse the
underlying connection pools between invocations.
"""
from __future__ import annotations

import os
from typing import Any

import boto3
from botocore.config import Config

from claims_common.config import AWS_REGION, settings

_RUNTIME_CONFIG = Config(
    read_timeout=120,
    connect_timeout=5,
    retries={"max_attempts": 4, "mode": "adaptive"},
)

_session = boto3.Session(region_name=AWS_REGION)

bedrock_runtime = boto3.client(
    "bedrock-runtime", region_name=os.environ["AWS_REGION"], config=_RUNTIME_CONFIG
)
bedrock_runtime_eu = _session.client(
    "bedrock-runtime", region_name=settings.eu_region, config=_RUNTIME_CONFIG
)
bedrock_control = _session.client("bedrock")
bedrock_agent = _session.client("bedrock-agent")

s3 = _session.client("s3")
s3vectors = _session.client("s3vectors")
dynamodb = _session.resource("dynamodb")
sns = _session.client("sns")
ses = _session.client("ses")
sfn = _session.client("stepfunctions")
ssm = _session.client("ssm")

EU_REGIONS = frozenset({"eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1"})


def runtime_for_region(region: str | None) -> Any:
    """Return the Bedrock runtime client that keeps data in the claimant's region."""
    if region and region in EU_REGIONS:
        return bedrock_runtime_eu
    return bedrock_runtime


def claims_table() -> Any:
    return dynamodb.Table(settings.claims_table)
