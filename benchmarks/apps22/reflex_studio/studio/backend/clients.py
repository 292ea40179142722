"""Shared SDK clients.

Reflex pickles state between events, so SDK clients must never be stored as
state vars. Everything here is created lazily and cached per worker process.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import replicate
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether

from .config import settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=60.0, max_retries=2)


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    """Sync client for scripts and the thread-pool code paths."""
    return OpenAI(api_key=settings.openai_api_key, timeout=120.0)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_groq() -> AsyncOpenAI:
    # Groq speaks the OpenAI protocol; we don't bother with the groq SDK.
    return AsyncOpenAI(api_key=settings.groq_api_key, base_url=settings.groq_base_url)


@lru_cache(maxsize=1)
def get_fireworks() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.fireworks_api_key,
        base_url=settings.fireworks_base_url,
        timeout=90.0,
    )


@lru_cache(maxsize=1)
def get_together() -> AsyncTogether:
    return AsyncTogether(api_key=settings.together_api_key)


# Module-level instances kept for older callers that imported them directly.
# TODO(mara): migrate the remaining importers to the getters and drop these.
together_compat = OpenAI(api_key=settings.together_api_key, base_url=settings.together_base_url)
replicate_client = replicate.Client(api_token=settings.replicate_api_token)


def reset_clients() -> None:
    """Used by tests to drop cached clients after monkeypatching settings."""
    for getter in (get_openai, get_openai_sync, get_anthropic, get_groq, get_fireworks, get_together):
        getter.cache_clear()
    logger.debug("client caches cleared")
