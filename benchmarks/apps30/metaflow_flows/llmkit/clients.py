"""Client construction for every provider we use.

All getters are cached per-process: Metaflow runs each step in its own
process, so this gives one client per task without pickling clients into
artifacts (which breaks on resume).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import boto3
import replicate
import voyageai
from botocore.config import Config as BotoConfig
from google import genai
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI

from llmkit.config import FIREWORKS_BASE_URL, settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    log.debug("constructing OpenAI client")
    return OpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        max_retries=settings.max_retries,
    )


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    if settings.use_vertex:
        return genai.Client(
            vertexai=True,
            project=settings.gcp_project,
            location=settings.gcp_location,
        )
    return genai.Client(api_key=settings.google_api_key)


@lru_cache(maxsize=4)
def bedrock_runtime(region: str | None = None):
    """boto3 bedrock-runtime client with adaptive retries."""
    return boto3.client(
        "bedrock-runtime",
        region_name=region or settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 8, "mode": "adaptive"}, read_timeout=300),
    )


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=settings.max_retries)


@lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    # Fireworks speaks the OpenAI protocol; we don't ship their SDK.
    return OpenAI(
        api_key=settings.fireworks_api_key,
        base_url=FIREWORKS_BASE_URL,
        timeout=settings.request_timeout,
    )


@lru_cache(maxsize=8)
def get_hf_client(model: str | None = None) -> InferenceClient:
    return InferenceClient(model=model, token=settings.hf_token, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_replicate_client() -> replicate.Client:
    return replicate.Client(api_token=settings.replicate_api_token)


def reset_clients() -> None:
    """Used by tests to drop cached clients between monkeypatches."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        bedrock_runtime,
        get_voyage_client,
        get_fireworks_client,
        get_hf_client,
        get_replicate_client,
    ):
        getter.cache_clear()
