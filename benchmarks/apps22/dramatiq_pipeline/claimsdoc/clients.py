"""Cached SDK client getters.

Actors should not build SDK clients per message: the HTTP pools are expensive and the
Azure token provider refreshes itself. Each getter is process-wide and lazily built.
``ClientsMiddleware`` warms these in ``after_process_boot`` so the first message on a
worker does not pay for it.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import boto3
from botocore.config import Config
from anthropic import Anthropic, AsyncAnthropic
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI

from claimsdoc.settings import settings

log = logging.getLogger(__name__)

_BEDROCK_CONFIG = Config(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=10,
)


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    log.debug("building OpenAI client")
    return OpenAI(api_key=settings.openai_api_key, max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.azure_openai_endpoint,
        api_key=settings.azure_openai_api_key,
        api_version=settings.azure_openai_api_version,
    )


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    return Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    session = boto3.session.Session(region_name=settings.bedrock_region)
    return session.client("bedrock-runtime", config=_BEDROCK_CONFIG)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)


@lru_cache(maxsize=1)
def get_hf() -> InferenceClient:
    return InferenceClient(token=settings.hf_token, timeout=90)


def reset_all() -> None:
    """Drop cached clients (used after fork and in tests)."""
    for getter in (
        get_openai,
        get_azure_openai,
        get_anthropic,
        get_async_anthropic,
        get_bedrock_runtime,
        get_mistral,
        get_hf,
    ):
        getter.cache_clear()
