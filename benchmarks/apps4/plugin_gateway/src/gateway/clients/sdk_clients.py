"""Process-wide SDK clients.

Every client is created lazily and cached; they are thread-safe and keep their own
HTTP connection pools, so building one per request is wasteful.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI

from gateway.config import get_settings

_USER_AGENT_SUFFIX = "ai-gateway/0.9"


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=s.request_timeout_s,
        max_retries=0,  # tenacity owns retries
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=s.request_timeout_s)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout_s, max_retries=0)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout_s)


@lru_cache(maxsize=1)
def cohere_client() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(api_key=s.cohere_api_key, timeout=s.request_timeout_s)


@lru_cache(maxsize=1)
def get_async_groq_client() -> AsyncGroq:
    s = get_settings()
    return AsyncGroq(api_key=s.groq_api_key, timeout=10.0)


@lru_cache(maxsize=1)
def bedrock_runtime():
    s = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=s.aws_region,
        config=BotoConfig(
            retries={"max_attempts": 2, "mode": "adaptive"},
            read_timeout=int(s.request_timeout_s),
            user_agent_extra=_USER_AGENT_SUFFIX,
        ),
    )


@lru_cache(maxsize=1)
def s3_client():
    return boto3.client("s3", region_name=get_settings().aws_region)
