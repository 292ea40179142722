"""Provider client factories.

Every provider client is built here exactly once per process and handed out
through the cached getters below. Routes get them through Robyn's global
dependencies; services and jobs usually call the getters directly.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import cohere
import voyageai
from openai import AsyncOpenAI, OpenAI

from supportdesk.config import get_settings

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    """DeepSeek speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    settings = get_settings()
    return OpenAI(
        api_key=settings.deepseek_api_key,
        base_url=settings.deepseek_base_url,
        timeout=60.0,
    )


@lru_cache(maxsize=1)
def get_async_deepseek_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.deepseek_api_key, base_url=settings.deepseek_base_url)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_async_cohere_client() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)


def build_dependency_bundle() -> dict:
    """Everything that goes into app.inject_global(...)."""
    logger.info("building LLM client bundle")
    return {
        "openai": get_async_openai_client(),
        "anthropic": get_async_anthropic_client(),
        "deepseek": get_async_deepseek_client(),
        "cohere": get_cohere_client(),
        "voyage": get_voyage_client(),
    }
