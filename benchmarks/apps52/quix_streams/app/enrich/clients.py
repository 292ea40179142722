"""Client factories for the model providers we talk to.

Clients are cheap to keep around and expensive-ish to build (connection
pools), so each getter caches one instance per process. Quix Streams runs a
single consumer loop per process, so there is no cross-thread sharing to
worry about except in the backfill script.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import boto3
import voyageai
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, AzureOpenAI, OpenAI
from together import Together

from app.config import get_settings

logger = logging.getLogger(__name__)


def _secret(value) -> str | None:
    return value.get_secret_value() if value is not None else None


@lru_cache(maxsize=None)
def get_openai() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=_secret(settings.openai_api_key), max_retries=3, timeout=30.0)


@lru_cache(maxsize=None)
def get_async_openai() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=_secret(settings.openai_api_key), timeout=30.0)


@lru_cache(maxsize=None)
def get_azure_openai() -> AzureOpenAI:
    # only used in the EU deployment, which has data-residency requirements
    settings = get_settings()
    return AzureOpenAI(
        azure_endpoint=settings.azure_openai_endpoint or "",
        api_version="2024-10-21",
    )


@lru_cache(maxsize=None)
def get_anthropic() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(api_key=_secret(settings.anthropic_api_key), max_retries=2)


@lru_cache(maxsize=None)
def get_bedrock():
    settings = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=60),
    )


@lru_cache(maxsize=None)
def get_voyage() -> voyageai.Client:
    settings = get_settings()
    return voyageai.Client(api_key=_secret(settings.voyage_api_key), max_retries=3)


@lru_cache(maxsize=None)
def get_together() -> Together:
    settings = get_settings()
    return Together(api_key=_secret(settings.together_api_key))


def reset_clients() -> None:
    """Drop cached clients (tests, key rotation)."""
    for getter in (
        get_openai,
        get_async_openai,
        get_azure_openai,
        get_anthropic,
        get_bedrock,
        get_voyage,
        get_together,
    ):
        getter.cache_clear()
