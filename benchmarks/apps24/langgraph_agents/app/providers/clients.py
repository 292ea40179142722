"""Process-wide provider SDK clients.

Every getter is cached so the underlying HTTP pools are shared between graph runs.
Nodes should *not* construct clients themselves; take them from here, from the
graph config/context, or from :mod:`app.providers.registry`.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from app.config import settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout_s, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout_s)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key)


@lru_cache(maxsize=1)
def get_async_cohere_client() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=settings.cohere_api_key)


@lru_cache(maxsize=1)
def get_cerebras_client() -> Cerebras:
    return Cerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_async_cerebras_client() -> AsyncCerebras:
    return AsyncCerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    # Perplexity speaks the OpenAI chat-completions protocol.
    return OpenAI(api_key=settings.perplexity_api_key, base_url=settings.perplexity_base_url)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=60),
    )


@lru_cache(maxsize=1)
def get_bedrock_control():
    """Control-plane client (model catalog, guardrail config). Never invokes models."""
    return boto3.client("bedrock", region_name=settings.aws_region)


def reset_clients() -> None:
    """Used by tests and by the admin 'rotate keys' endpoint."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_cohere_client,
        get_async_cohere_client,
        get_cerebras_client,
        get_async_cerebras_client,
        get_perplexity_client,
        get_bedrock_runtime,
        get_bedrock_control,
    ):
        fn.cache_clear()
