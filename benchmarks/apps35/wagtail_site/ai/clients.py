"""Provider client construction.

Everything that talks to a model vendor gets its client from here so keys,
timeouts and base URLs live in one place. Clients are cached per key.
"""
from __future__ import annotations

import functools
import logging

import cohere
from anthropic import Anthropic, AsyncAnthropic
from django.conf import settings
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

logger = logging.getLogger(__name__)

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
DEFAULT_TIMEOUT = 30.0


def _site_settings(site=None):
    from .models import AISettings

    if site is None:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
    return AISettings.for_site(site) if site else None


def _key(field: str, fallback: str, site=None) -> str:
    conf = _site_settings(site)
    value = getattr(conf, field, "") if conf else ""
    return value or fallback


@functools.lru_cache(maxsize=8)
def _openai(api_key: str) -> OpenAI:
    return OpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


def get_openai_client(site=None) -> OpenAI:
    return _openai(_key("openai_api_key", settings.OPENAI_API_KEY, site))


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.OPENAI_API_KEY, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=8)
def _anthropic(api_key: str) -> Anthropic:
    return Anthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT)


def get_anthropic_client(site=None) -> Anthropic:
    return _anthropic(_key("anthropic_api_key", settings.ANTHROPIC_API_KEY, site))


def get_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)


def get_mistral_client(site=None) -> Mistral:
    return Mistral(api_key=_key("mistral_api_key", settings.MISTRAL_API_KEY, site))


@functools.lru_cache(maxsize=4)
def get_cohere_client(api_key: str | None = None) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=api_key or settings.COHERE_API_KEY)


@functools.lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    # Perplexity speaks the OpenAI wire protocol.
    return OpenAI(
        api_key=settings.PERPLEXITY_API_KEY,
        base_url=PERPLEXITY_BASE_URL,
        timeout=60.0,
    )


def reset_clients():
    """Called when AISettings are saved so new keys take effect."""
    _openai.cache_clear()
    _anthropic.cache_clear()
    get_cohere_client.cache_clear()
    get_perplexity_client.cache_clear()
    get_async_openai_client.cache_clear()
    logger.info("AI clients reset")
