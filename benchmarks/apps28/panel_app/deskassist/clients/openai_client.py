"""OpenAI (and OpenAI-compatible) client construction.

Perplexity exposes an OpenAI-compatible endpoint, so it lives here too rather than
pulling in yet another SDK.
"""
from __future__ import annotations

import logging

import httpx
from openai import AsyncOpenAI, OpenAI

from deskassist.settings import settings

log = logging.getLogger(__name__)

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"

_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def make_openai_client(api_key: str | None = None, *, max_retries: int = 2) -> OpenAI:
    key = api_key or settings.openai_api_key
    if not key:
        log.warning("OPENAI_API_KEY is empty; OpenAI calls will fail")
    return OpenAI(api_key=key, timeout=_TIMEOUT, max_retries=max_retries)


def make_async_openai_client(api_key: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key or settings.openai_api_key, timeout=_TIMEOUT)


def make_perplexity_client() -> OpenAI:
    return OpenAI(
        api_key=settings.perplexity_api_key,
        base_url=PERPLEXITY_BASE_URL,
        timeout=_TIMEOUT,
    )


def make_async_perplexity_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.perplexity_api_key, base_url=PERPLEXITY_BASE_URL)
