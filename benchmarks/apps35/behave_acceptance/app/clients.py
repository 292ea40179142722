"""Provider client factories.

Every service gets its SDK client from here so that keys, timeouts and
retries are configured in one place.  Clients are cached per process.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from groq import Groq
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from app.config import get_settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_azure_client() -> AzureOpenAI:
    settings = get_settings()
    return AzureOpenAI(
        azure_endpoint=settings.azure_endpoint,
        api_key=settings.azure_api_key,
        api_version=settings.azure_api_version,
    )


def get_chat_client() -> OpenAI:
    """OpenAI-shaped client for chat; Azure in regulated tenants."""
    if get_settings().use_azure:
        return get_azure_client()
    return get_openai_client()


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    settings = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}),
    )


def reset_clients() -> None:
    """Used by the acceptance hooks between features."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_azure_client,
        get_anthropic_client,
        get_cohere_client,
        get_groq_client,
        get_bedrock_runtime,
    ):
        factory.cache_clear()
