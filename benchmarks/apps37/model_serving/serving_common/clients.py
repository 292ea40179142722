"""Client factories.

Every predictor in this repo gets its SDK client from here so that timeouts,
retries and credentials are configured in exactly one place.  Clients are
cached per process: KServe and Triton both fork workers, and each worker calls
these from ``load()`` / ``initialize()``.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import boto3
import replicate
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from serving_common.config import settings

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    logger.info("creating OpenAI client (timeout=%ss)", settings.request_timeout_s)
    return OpenAI(
        api_key=settings.openai_api_key or None,
        organization=settings.openai_org,
        timeout=settings.request_timeout_s,
        max_retries=0,  # we retry ourselves, see serving_common.retry
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.openai_api_key or None,
        timeout=settings.request_timeout_s,
        max_retries=0,
    )


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key or None,
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key or None)


@functools.lru_cache(maxsize=1)
def get_xai_client() -> OpenAI:
    """Grok speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    return OpenAI(
        api_key=settings.xai_api_key,
        base_url=settings.xai_base_url,
        timeout=settings.request_timeout_s,
    )


@functools.lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None):
    session = boto3.Session(profile_name=settings.bedrock_profile, region_name=region or settings.aws_region)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(
            read_timeout=int(settings.request_timeout_s),
            retries={"max_attempts": settings.max_retries, "mode": "adaptive"},
        ),
    )


@functools.lru_cache(maxsize=1)
def get_bedrock_control_plane():
    """Control-plane client (model catalogue, provisioned throughput). Not for inference."""
    return boto3.client("bedrock", region_name=settings.aws_region)


@functools.lru_cache(maxsize=1)
def get_replicate_client() -> replicate.Client:
    return replicate.Client(api_token=settings.replicate_api_token, timeout=settings.request_timeout_s)


def reset_clients() -> None:
    """Used by tests and by the SIGHUP handler after credential rotation."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_xai_client,
        get_bedrock_runtime,
        get_bedrock_control_plane,
        get_replicate_client,
    ):
        fn.cache_clear()
