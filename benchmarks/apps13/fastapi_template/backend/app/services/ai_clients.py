"""Shared SDK clients for the AI features.

Clients are cheap to keep around and expensive to build (connection pools,
credential resolution), so we build each one once per process. The arq worker
has its own copies, see ``app.worker.settings``.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import boto3
import voyageai
from anthropic import AsyncAnthropicBedrock
from botocore.config import Config as BotoConfig
from google import genai
from google.genai import types as genai_types
from openai import AsyncAzureOpenAI, AzureOpenAI

from app.core.config import settings

logger = logging.getLogger(__name__)

_BEDROCK_RETRY = BotoConfig(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


@lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
        timeout=60,
    )


@lru_cache(maxsize=1)
def get_async_azure_openai() -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
        timeout=60,
    )


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    """boto3 bedrock-runtime client (thread-safe, sync only)."""
    return boto3.client(
        "bedrock-runtime", region_name=settings.BEDROCK_REGION, config=_BEDROCK_RETRY
    )


@lru_cache(maxsize=1)
def get_anthropic_bedrock() -> AsyncAnthropicBedrock:
    # Uses the default AWS credential chain (IRSA in the cluster).
    return AsyncAnthropicBedrock(aws_region=settings.BEDROCK_REGION, max_retries=3)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3, timeout=30)


@lru_cache(maxsize=1)
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=3, timeout=30)


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(
        api_key=settings.GEMINI_API_KEY,
        http_options=genai_types.HttpOptions(timeout=60_000),
    )


def reset_clients() -> None:
    """Used by tests and after credential rotation."""
    for fn in (
        get_azure_openai,
        get_async_azure_openai,
        get_bedrock_runtime,
        get_anthropic_bedrock,
        get_voyage,
        get_async_voyage,
        get_genai,
    ):
        fn.cache_clear()
    logger.info("AI clients reset")
