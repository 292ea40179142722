"""Cached SDK client getters.

Every view used to build its own client; that made the desktop build open a
dozen HTTP pools at start-up. Use these getters instead (see ADR-007).
Clients are created lazily and cached for the process lifetime.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import httpx
import ollama
from google import genai
from google.genai import types as genai_types
from openai import AsyncOpenAI, OpenAI
from xai_sdk import AsyncClient as AsyncXaiClient
from xai_sdk import Client as XaiClient

from counseldesk.config import get_settings

log = logging.getLogger(__name__)

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"

_shared_http: httpx.Client | None = None


def _http_client() -> httpx.Client:
    global _shared_http
    if _shared_http is None:
        _shared_http = httpx.Client(
            timeout=httpx.Timeout(get_settings().request_timeout, connect=10.0),
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=5),
        )
    return _shared_http


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    log.debug("creating OpenAI client")
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, http_client=_http_client(), max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org, max_retries=3)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(
        api_key=get_settings().gemini_api_key,
        http_options=genai_types.HttpOptions(timeout=int(get_settings().request_timeout * 1000)),
    )


@lru_cache(maxsize=1)
def get_xai_client() -> XaiClient:
    return XaiClient(api_key=get_settings().xai_api_key, timeout=get_settings().request_timeout)


@lru_cache(maxsize=1)
def get_async_xai_client() -> AsyncXaiClient:
    return AsyncXaiClient(api_key=get_settings().xai_api_key)


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    """Perplexity speaks the OpenAI wire format; we reuse the openai SDK."""
    return OpenAI(api_key=get_settings().perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=1)
def get_async_perplexity_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_settings().perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=get_settings().ollama_host)


@lru_cache(maxsize=1)
def get_async_ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host)


def reset_clients() -> None:
    """Drop cached clients (after the user changes API keys in Settings)."""
    global _shared_http
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_xai_client,
        get_async_xai_client,
        get_perplexity_client,
        get_async_perplexity_client,
        get_ollama_client,
        get_async_ollama_client,
    ):
        getter.cache_clear()
    if _shared_http is not None:
        _shared_http.close()
        _shared_http = None
