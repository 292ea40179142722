"""Client factories for every LLM vendor we talk to.

Clients are cached per-process; DBOS steps run in the same process so
re-using the HTTP pools matters when the ingest queue is busy.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import cohere
import voyageai
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from app.config import settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=settings.openai_api_key,
        organization=settings.openai_org,
        max_retries=2,
        timeout=60,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.voyage_api_key)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key)


def reset_clients() -> None:
    """Used by tests and after credential rotation."""
    for fn in (
        get_openai_client,
        get_async_openai,
        get_anthropic_client,
        get_async_anthropic,
        get_bedrock_runtime,
        get_voyage_client,
        get_async_voyage,
        get_cohere_client,
    ):
        fn.cache_clear()
