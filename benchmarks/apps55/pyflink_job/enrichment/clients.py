"""Client factories.

Nothing here talks to a model: these only build SDK clients with the settings every job
shares (timeouts, retries, region). Functions that *use* the clients live next to the
Flink functions or in the other enrichment modules.
"""
from __future__ import annotations

import boto3
import cohere
from anthropic import Anthropic, AsyncAnthropic
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from config.settings import FIREWORKS_BASE_URL, MODELS


def make_openai_client(timeout: float | None = None) -> OpenAI:
    return OpenAI(
        api_key=MODELS.openai_api_key,
        timeout=timeout or MODELS.request_timeout_s,
        max_retries=MODELS.max_retries,
    )


def make_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=MODELS.openai_api_key,
        timeout=MODELS.request_timeout_s,
        max_retries=MODELS.max_retries,
    )


def make_anthropic_client() -> Anthropic:
    return Anthropic(api_key=MODELS.anthropic_api_key, timeout=MODELS.request_timeout_s)


def make_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=MODELS.anthropic_api_key, timeout=MODELS.request_timeout_s)


def make_bedrock_runtime(region: str | None = None):
    cfg = BotoConfig(
        retries={"max_attempts": MODELS.max_retries + 1, "mode": "adaptive"},
        read_timeout=MODELS.request_timeout_s,
    )
    return boto3.client("bedrock-runtime", region_name=region or MODELS.aws_region, config=cfg)


def make_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=MODELS.cohere_api_key, timeout=MODELS.request_timeout_s)


def make_fireworks_client() -> OpenAI:
    # Fireworks speaks the OpenAI wire protocol.
    return OpenAI(
        api_key=MODELS.fireworks_api_key,
        base_url=FIREWORKS_BASE_URL,
        timeout=MODELS.request_timeout_s,
        max_retries=MODELS.max_retries,
    )


FACTORIES = {
    "openai": make_openai_client,
    "openai_async": make_async_openai_client,
    "anthropic": make_anthropic_client,
    "anthropic_async": make_async_anthropic_client,
    "bedrock": make_bedrock_runtime,
    "cohere": make_cohere_client,
    "fireworks": make_fireworks_client,
}
