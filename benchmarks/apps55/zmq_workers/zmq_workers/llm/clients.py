"""Client factories.

All SDK clients are built here so API keys / base URLs / timeouts live in
one place.  Getters are cached: one client per process is what the SDKs
recommend (they hold an httpx connection pool).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import httpx
import voyageai
from google import genai
from openai import AsyncOpenAI, OpenAI

from ..config import get_settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


def _timeout() -> httpx.Timeout:
    return httpx.Timeout(get_settings().request_timeout_s, connect=5.0)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, base_url=s.openai_base_url, timeout=_timeout(), max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, base_url=s.openai_base_url, timeout=_timeout())


@lru_cache(maxsize=1)
def get_xai_client() -> OpenAI:
    """Grok via the OpenAI-compatible endpoint."""
    return OpenAI(api_key=get_settings().xai_api_key, base_url=XAI_BASE_URL, timeout=_timeout())


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    s = get_settings()
    if s.google_use_vertex:
        return genai.Client(vertexai=True, project=s.google_project, location=s.google_location)
    return genai.Client(api_key=s.google_api_key)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


def make_async_voyage_client() -> voyageai.AsyncClient:
    # not cached: the async client binds to the running loop
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)


def reset_clients() -> None:
    """Drop cached clients (tests, key rotation)."""
    for getter in (get_openai_client, get_async_openai_client, get_xai_client,
                   get_anthropic_client, get_async_anthropic_client,
                   get_genai_client, get_voyage_client):
        getter.cache_clear()
    log.info("LLM clients reset")
