"""Client factories for every LLM vendor we talk to.

Each getter is cached so the whole crawl shares one HTTP connection pool per vendor.
"""

from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import voyageai
from google import genai
from openai import AsyncOpenAI, OpenAI

from product_crawler.config import get_settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key or os.environ.get("OPENAI_API_KEY"), max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=60.0)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_sync_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    settings = get_settings()
    return genai.Client(api_key=settings.gemini_api_key)


@lru_cache(maxsize=1)
def get_fireworks_client() -> AsyncOpenAI:
    """Fireworks speaks the OpenAI wire protocol; reuse the SDK with another base_url."""
    settings = get_settings()
    return AsyncOpenAI(
        base_url=settings.fireworks_base_url,
        api_key=settings.fireworks_api_key or os.environ["FIREWORKS_API_KEY"],
    )


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)


def reset_clients() -> None:
    """Used by tests to drop cached clients between cases."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_sync_anthropic_client,
        get_genai_client,
        get_fireworks_client,
        get_voyage_client,
        get_async_voyage_client,
    ):
        getter.cache_clear()
