"""Shared, lazily-built provider clients.

Adapters used to construct their own SDK clients, which meant one connection pool per
adapter instance (and per thread in the old runner). Everything new should get its client
from here so that retries/timeouts are configured in one place.

Not migrated yet: the Anthropic, Mistral and xAI (native SDK) adapters.
"""
from __future__ import annotations

import functools
import logging
from typing import Dict, Iterable

import anthropic
import cohere
import openai
from google import genai
from mistralai import Mistral
from perplexity import Perplexity

from evalharness.config import settings

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=None)
def get_openai_client() -> openai.OpenAI:
    return openai.OpenAI(
        api_key=settings.openai_api_key,
        organization=settings.openai_org,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key=settings.openai_api_key,
        organization=settings.openai_org,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_genai_client() -> genai.Client:
    if settings.google_use_vertex:
        return genai.Client(
            vertexai=True,
            project=settings.gcp_project,
            location=settings.gcp_location,
        )
    return genai.Client(api_key=settings.google_api_key)


@functools.lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(settings.request_timeout * 1000))


@functools.lru_cache(maxsize=None)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key, timeout=settings.request_timeout)


@functools.lru_cache(maxsize=None)
def get_xai_client() -> openai.OpenAI:
    # OpenAI-compatible endpoint. The native xai-sdk client lives in adapters/xai_adapter.py.
    return openai.OpenAI(
        api_key=settings.xai_api_key,
        base_url="https://api.x.ai/v1",
        timeout=settings.request_timeout,
    )


@functools.lru_cache(maxsize=None)
def get_deepseek_client() -> openai.OpenAI:
    return openai.OpenAI(
        api_key=settings.deepseek_api_key,
        base_url="https://api.deepseek.com",
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_perplexity_client() -> Perplexity:
    return Perplexity(api_key=settings.perplexity_api_key, timeout=settings.request_timeout)


def check_credentials(providers: Iterable[str]) -> Dict[str, bool]:
    """Cheap key check used by `evalh doctor`: lists models, generates nothing."""
    status: Dict[str, bool] = {}
    for provider in providers:
        try:
            if provider == "openai":
                get_openai_client().models.list()
            elif provider == "mistral":
                get_mistral_client().models.list()
            elif provider == "cohere":
                get_cohere_client().models.list(page_size=1)
            elif provider == "gemini":
                next(iter(get_genai_client().models.list(config={"page_size": 1})), None)
            else:
                logger.debug("no credential check for %s", provider)
                continue
            status[provider] = True
        except Exception as exc:  # noqa: BLE001 - we report, not raise
            logger.warning("credential check failed for %s: %s", provider, exc)
            status[provider] = False
    return status
