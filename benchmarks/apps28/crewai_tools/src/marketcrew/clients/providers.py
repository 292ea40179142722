"""Cached SDK client getters.

One client per process per provider; the SDK clients are thread-safe and keep their own
connection pools, so there is no reason to build them per request.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import voyageai
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from google import genai
from google.genai import types as genai_types
from openai import AsyncOpenAI, OpenAI

from marketcrew.config import settings

logger = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(
        api_key=settings.openai_api_key or None,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.openai_api_key or None,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key or None, max_retries=settings.max_retries)


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key or None, max_retries=settings.max_retries)


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(
        api_key=settings.gemini_api_key or None,
        http_options=genai_types.HttpOptions(timeout=int(settings.request_timeout * 1000)),
    )


@lru_cache(maxsize=1)
def get_xai() -> OpenAI:
    """Grok through xAI's OpenAI-compatible endpoint."""
    return OpenAI(api_key=settings.xai_api_key, base_url=XAI_BASE_URL, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_async_xai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.xai_api_key, base_url=XAI_BASE_URL, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_cerebras() -> Cerebras:
    return Cerebras(api_key=settings.cerebras_api_key or None)


@lru_cache(maxsize=1)
def get_async_cerebras() -> AsyncCerebras:
    return AsyncCerebras(api_key=settings.cerebras_api_key or None)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key or None, max_retries=settings.max_retries)


@lru_cache(maxsize=1)
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.voyage_api_key or None, max_retries=settings.max_retries)


def reset_clients() -> None:
    """Used by tests and after key rotation."""
    for getter in (
        get_openai,
        get_async_openai,
        get_anthropic,
        get_async_anthropic,
        get_genai,
        get_xai,
        get_async_xai,
        get_cerebras,
        get_async_cerebras,
        get_voyage,
        get_async_voyage,
    ):
        getter.cache_clear()
    logger.info("provider clients reset")
