"""Client factories.

Everything that talks to a model provider should get its client from here so we
only build one HTTP pool per process and so keys come from one place.
"""
from __future__ import annotations

import functools
import logging
from typing import Optional

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from botlib.config import PERPLEXITY_BASE_URL, LLMSettings

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=None)
def get_openai_client(api_key: Optional[str] = None) -> OpenAI:
    return OpenAI(api_key=api_key, max_retries=3, timeout=60.0)


@functools.lru_cache(maxsize=None)
def get_async_openai_client(api_key: Optional[str] = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key, max_retries=3, timeout=60.0)


@functools.lru_cache(maxsize=None)
def get_anthropic_client(api_key: Optional[str] = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=api_key)


@functools.lru_cache(maxsize=None)
def get_cohere_client(api_key: Optional[str] = None) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=api_key)


@functools.lru_cache(maxsize=None)
def get_perplexity_client(api_key: Optional[str] = None) -> OpenAI:
    # Perplexity speaks the OpenAI chat completions protocol.
    return OpenAI(api_key=api_key, base_url=PERPLEXITY_BASE_URL)


@functools.lru_cache(maxsize=None)
def get_bedrock_runtime(region: str = "us-east-1"):
    cfg = BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120)
    return boto3.client("bedrock-runtime", region_name=region, config=cfg)


class ClientBundle:
    """All the clients a bot might want, built lazily from its settings."""

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self._openai: Optional[OpenAI] = None
        self._anthropic: Optional[anthropic.Anthropic] = None

    @property
    def openai(self) -> OpenAI:
        if self._openai is None:
            self._openai = get_openai_client(self.settings.openai_api_key)
        return self._openai

    @property
    def anthropic(self) -> anthropic.Anthropic:
        if self._anthropic is None:
            self._anthropic = get_anthropic_client(self.settings.anthropic_api_key)
        return self._anthropic

    @property
    def cohere(self) -> cohere.ClientV2:
        return get_cohere_client(self.settings.cohere_api_key)

    @property
    def perplexity(self) -> OpenAI:
        return get_perplexity_client(self.settings.perplexity_api_key)

    @property
    def bedrock(self):
        return get_bedrock_runtime(self.settings.aws_region)


def reset_client_cache() -> None:
    """Used by tests and by the listener after a key rotation."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_cohere_client,
        get_perplexity_client,
        get_bedrock_runtime,
    ):
        fn.cache_clear()
    log.info("LLM client caches cleared")
