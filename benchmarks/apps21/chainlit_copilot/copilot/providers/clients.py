"""Process-wide SDK clients.

The SDK clients hold an httpx connection pool, so we build them once per worker
and hand them out through cached getters. Per-user state (history, chosen model)
lives in ``cl.user_session``, never here.
"""
from __future__ import annotations

from functools import lru_cache

import boto3
from anthropic import AsyncAnthropic
from botocore.config import Config as BotoConfig
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI, OpenAI

from copilot.config import settings


@lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3, timeout=60.0)


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    # used by the admin scripts and the thread-pool based retrieval code
    return OpenAI(api_key=settings.openai_api_key)


@lru_cache(maxsize=1)
def get_groq() -> AsyncGroq:
    return AsyncGroq(api_key=settings.groq_api_key)


@lru_cache(maxsize=1)
def get_groq_sync() -> Groq:
    return Groq(api_key=settings.groq_api_key)


@lru_cache(maxsize=1)
def get_cerebras() -> AsyncCerebras:
    return AsyncCerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_cerebras_sync() -> Cerebras:
    return Cerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_openrouter() -> AsyncOpenAI:
    return AsyncOpenAI(
        base_url=settings.openrouter_base_url,
        api_key=settings.openrouter_api_key,
        default_headers={"HTTP-Referer": settings.openrouter_referer, "X-Title": "Harbor Copilot"},
    )


@lru_cache(maxsize=4)
def get_bedrock(region: str | None = None):
    session = boto3.Session(profile_name=settings.bedrock_profile) if settings.bedrock_profile else boto3.Session()
    return session.client(
        "bedrock-runtime",
        region_name=region or settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=1)
def get_bedrock_control():
    """Control-plane client (list models, guardrail admin). Not for inference."""
    return boto3.client("bedrock", region_name=settings.aws_region)
