"""Client factories.

Every factory is cached so the Taipy GUI (which re-imports page modules on
reload) does not leak HTTP connection pools.  Keys come from the environment or
from config/settings.py.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, AzureOpenAI, OpenAI
from together import Together

from config.settings import settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    log.debug("creating OpenAI client (org=%s)", settings.openai_org)
    return OpenAI(
        api_key=settings.openai_api_key,
        organization=settings.openai_org or None,
        timeout=60,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None):
    region = region or settings.aws_region
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=1)
def get_bedrock_control(region: str | None = None):
    # control-plane client: only used for listing models on the settings page
    return boto3.client("bedrock", region_name=region or settings.aws_region)


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=os.environ.get("TOGETHER_API_KEY", settings.together_api_key))


# Module-level async client; the chat page awaits on it from long callbacks.
openai_async_client = AsyncOpenAI(api_key=settings.openai_api_key)


def get_together_openai_compat() -> OpenAI:
    """Together through the OpenAI SDK (used by the older eval code)."""
    return OpenAI(
        api_key=settings.together_api_key,
        base_url="https://api.together.xyz/v1",
    )


@lru_cache(maxsize=1)
def get_azure_openai_client() -> AzureOpenAI:
    """EU data-residency deployment; action-item extraction must stay in the EU."""
    return AzureOpenAI(
        azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT", "https://acme-eu.openai.azure.com"),
        api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
        api_version="2024-10-21",
    )


def reset_clients() -> None:
    """Used by the settings page after keys are rotated."""
    for fn in (get_openai_client, get_anthropic_client, get_bedrock_runtime, get_together_client, get_azure_openai_client):
        fn.cache_clear()
