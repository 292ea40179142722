"""Client factories for the model providers used by the plugin.

Clients are cached per API key so the plugin configuration (which may
differ per channel) can hand us different keys without re-creating
HTTP connection pools on every hook call.
"""
import logging
import os
from functools import lru_cache
from typing import Optional

import anthropic
import cohere
import voyageai
from openai import AsyncOpenAI, OpenAI
from together import Together

from .. import settings as ai_settings

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


@lru_cache(maxsize=8)
def get_openai_client(api_key: Optional[str] = None) -> OpenAI:
    key = api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        logger.warning("OpenAI API key is not configured")
    return OpenAI(api_key=key, timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=8)
def get_async_openai_client(api_key: Optional[str] = None) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=api_key or os.environ.get("OPENAI_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=8)
def get_anthropic_client(api_key: Optional[str] = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"),
        max_retries=3,
    )


def get_async_anthropic_client(api_key: Optional[str] = None):
    # not cached: async clients are bound to the running loop in some
    # deployments (uvicorn workers), so we build one per request.
    return anthropic.AsyncAnthropic(api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=4)
def get_cohere_client(api_key: Optional[str] = None) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=api_key or os.environ.get("COHERE_API_KEY"))


@lru_cache(maxsize=4)
def get_async_cohere_client(api_key: Optional[str] = None) -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=api_key or os.environ.get("COHERE_API_KEY"))


@lru_cache(maxsize=4)
def get_voyage_client(api_key: Optional[str] = None) -> voyageai.Client:
    return voyageai.Client(api_key=api_key or os.environ.get("VOYAGE_API_KEY"), max_retries=3)


@lru_cache(maxsize=4)
def get_together_client(api_key: Optional[str] = None) -> Together:
    return Together(api_key=api_key or os.environ.get("TOGETHER_API_KEY"))


@lru_cache(maxsize=4)
def get_together_openai_compat_client(api_key: Optional[str] = None) -> OpenAI:
    """Together through the OpenAI SDK.

    Used by the checkout assistant, which was written against the OpenAI SDK
    before we had the together package in the image.
    """
    return OpenAI(
        api_key=api_key or os.environ.get("TOGETHER_API_KEY"),
        base_url=ai_settings.TOGETHER_BASE_URL,
    )


def reset_clients():
    """Drop cached clients (used when plugin configuration changes)."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_cohere_client,
        get_async_cohere_client,
        get_voyage_client,
        get_together_client,
        get_together_openai_compat_client,
    ):
        factory.cache_clear()
