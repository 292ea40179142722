"""SDK client factories.

Every client is built once per process; cogs and handlers ask for them here
(or through ``bot.llm``) instead of instantiating their own.
"""
from __future__ import annotations

import functools
import logging

import httpx
from anthropic import AsyncAnthropic
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from bot.config import settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"

_TIMEOUT = httpx.Timeout(settings.llm_timeout, connect=5.0)


@functools.lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    log.debug("building AsyncOpenAI client")
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    """For scripts and thread pools."""
    return OpenAI(api_key=settings.openai_api_key, timeout=_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_groq() -> AsyncGroq:
    return AsyncGroq(api_key=settings.groq_api_key, timeout=settings.llm_timeout)


@functools.lru_cache(maxsize=1)
def get_sync_groq() -> Groq:
    return Groq(api_key=settings.groq_api_key)


@functools.lru_cache(maxsize=1)
def get_xai() -> AsyncOpenAI:
    """Grok speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    return AsyncOpenAI(api_key=settings.xai_api_key, base_url=XAI_BASE_URL, timeout=_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(settings.llm_timeout * 1000))


async def close_all() -> None:
    """Close pooled HTTP connections on shutdown."""
    for factory in (get_openai, get_anthropic, get_groq, get_xai):
        if factory.cache_info().currsize:
            try:
                await factory().close()
            except Exception:  # pragma: no cover - best effort on shutdown
                log.exception("failed closing %s", factory.__name__)
    for factory in (get_openai, get_anthropic, get_groq, get_xai, get_mistral):
        factory.cache_clear()
