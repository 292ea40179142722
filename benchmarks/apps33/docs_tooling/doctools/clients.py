"""Cached SDK client factories.

Everything that needs a provider client should get it from here so that
keys, timeouts and retries are configured in one place.
"""
from __future__ import annotations

import functools
import logging
import os

import boto3
import cohere
from anthropic import Anthropic, AsyncAnthropic
from botocore.config import Config as BotoConfig
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from doctools.config import get_settings

log = logging.getLogger(__name__)

_DEFAULT_TIMEOUT = float(os.environ.get("DOCTOOLS_LLM_TIMEOUT", "60"))


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    if os.environ.get("AZURE_OPENAI_ENDPOINT"):
        log.debug("using Azure OpenAI endpoint")
        return AzureOpenAI(
            azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
            api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
            timeout=_DEFAULT_TIMEOUT,
        )
    return OpenAI(timeout=_DEFAULT_TIMEOUT, max_retries=3)


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(timeout=_DEFAULT_TIMEOUT, max_retries=3)


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> Anthropic:
    return Anthropic(timeout=_DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(timeout=_DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


@functools.lru_cache(maxsize=None)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"), timeout=_DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None):
    settings = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=region or settings.bedrock_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


def reset_clients() -> None:
    """Drop cached clients (used by tests and after key rotation)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_cohere_client,
        get_bedrock_runtime,
    ):
        getter.cache_clear()
