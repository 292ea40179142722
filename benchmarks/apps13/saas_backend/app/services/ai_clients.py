"""Process-wide SDK clients for the AI providers we use.

Everything here is cached so the underlying HTTP pools are shared between
requests. Nothing in this module talks to a model on import; the clients are
built lazily the first time a getter is called.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import boto3
import voyageai
from anthropic import AsyncAnthropicBedrock
from botocore.config import Config as BotoConfig
from google import genai
from openai import AsyncAzureOpenAI, AzureOpenAI

from app.core.config import settings

logger = logging.getLogger(__name__)

_BEDROCK_RETRY = BotoConfig(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


@lru_cache
def get_azure_openai() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
    )


@lru_cache
def get_async_azure_openai() -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
        timeout=60.0,
    )


@lru_cache
def get_bedrock_runtime():
    """boto3 bedrock-runtime client (Converse / InvokeModel / guardrails)."""
    session = boto3.session.Session(region_name=settings.BEDROCK_REGION)
    return session.client("bedrock-runtime", config=_BEDROCK_RETRY)


@lru_cache
def get_claude() -> AsyncAnthropicBedrock:
    """Anthropic SDK pointed at Bedrock; nicer streaming than raw converse_stream."""
    return AsyncAnthropicBedrock(aws_region=settings.BEDROCK_REGION)


@lru_cache
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)


@lru_cache
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=3)


@lru_cache
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.GEMINI_API_KEY)


def reset_clients() -> None:
    """Used by tests and after a secrets rotation."""
    for getter in (
        get_azure_openai,
        get_async_azure_openai,
        get_bedrock_runtime,
        get_claude,
        get_voyage,
        get_async_voyage,
        get_genai_client,
    ):
        getter.cache_clear()
    logger.info("AI client caches cleared")
