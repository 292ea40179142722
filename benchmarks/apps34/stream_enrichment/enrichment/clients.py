"""Provider clients.

Bytewax runs each worker in its own process (``-w`` / ``-p``), so everything here is cached
per process: the first call on a worker builds the client, later calls reuse it.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import boto3
import cohere
import voyageai
from botocore.config import Config as BotoConfig
from google import genai
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from enrichment.settings import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = get_settings()
    log.info("building OpenAI client for worker")
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, max_retries=3, timeout=30)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org)


@lru_cache(maxsize=1)
def get_azure() -> AzureOpenAI:
    s = get_settings()
    return AzureOpenAI(
        azure_endpoint=s.azure_endpoint,
        api_key=s.azure_api_key,
        api_version=s.azure_api_version,
    )


def chat_client() -> OpenAI:
    """Classification goes to Azure for EU tenants when USE_AZURE is set."""
    return get_azure() if get_settings().use_azure else get_openai()


@lru_cache(maxsize=1)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=get_settings().cohere_api_key, timeout=20)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=4)


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_bedrock():
    s = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=s.aws_region,
        config=BotoConfig(retries={"max_attempts": 6, "mode": "adaptive"}, read_timeout=120),
    )


def reset_clients() -> None:
    """Used by tests and the admin reload endpoint."""
    for fn in (get_openai, get_async_openai, get_azure, get_cohere, get_voyage, get_genai, get_bedrock):
        fn.cache_clear()
