"""Anthropic clients: first-party API and Bedrock (for the AWS-credits budget)."""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import boto3
from anthropic import AnthropicBedrock
from botocore.config import Config

from common.config import settings


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=os.environ["ANTHROPIC_API_KEY"],
        max_retries=4,
        timeout=120.0,
    )


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"], max_retries=4)


@lru_cache(maxsize=1)
def get_anthropic_bedrock() -> AnthropicBedrock:
    # Credentials come from the aws-bedrock Modal secret via the usual env vars.
    return AnthropicBedrock(aws_region=settings.aws_region)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=Config(retries={"max_attempts": 6, "mode": "adaptive"}, read_timeout=300),
    )
