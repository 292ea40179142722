"""Vendor SDK clients.

One client per vendor per process: the SDK clients hold connection pools, so
they are built lazily and cached. Tests call ``reset_clients()``.
"""
from __future__ import annotations

import functools
import logging

import httpx
import ollama
from anthropic import AsyncAnthropic
from cerebras.cloud.sdk import AsyncCerebras
from openai import AsyncOpenAI, OpenAI
from perplexity import AsyncPerplexity
from xai_sdk import AsyncClient as AsyncXAI

from modelgw import __version__
from modelgw.config import OPENROUTER_BASE_URL, settings
from modelgw.errors import ProviderDisabled

log = logging.getLogger(__name__)

_USER_AGENT = f"modelgw/{__version__}"


def _require(key, provider: str) -> str:
    if not key:
        raise ProviderDisabled(f"{provider} is not configured in this environment", provider=provider)
    return key


@functools.lru_cache(maxsize=None)
def openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=_require(settings.openai_api_key, "openai"),
        organization=settings.openai_org,
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
        default_headers={"User-Agent": _USER_AGENT},
    )


@functools.lru_cache(maxsize=None)
def openai_sync_client() -> OpenAI:
    # used from worker threads (bulk embeddings) and offline scripts
    return OpenAI(
        api_key=_require(settings.openai_api_key, "openai"),
        organization=settings.openai_org,
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(
        api_key=_require(settings.anthropic_api_key, "anthropic"),
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def xai_client() -> AsyncXAI:
    # xai_sdk talks gRPC to api.x.ai itself, with its own channel
    return AsyncXAI(api_key=_require(settings.xai_api_key, "xai"), timeout=settings.request_timeout_s)


@functools.lru_cache(maxsize=None)
def perplexity_client() -> AsyncPerplexity:
    return AsyncPerplexity(
        api_key=_require(settings.perplexity_api_key, "perplexity"),
        timeout=settings.request_timeout_s,
    )


@functools.lru_cache(maxsize=None)
def openrouter_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=_require(settings.openrouter_api_key, "openrouter"),
        base_url=OPENROUTER_BASE_URL,
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
        default_headers={
            "HTTP-Referer": "https://platform.internal/modelgw",
            "X-Title": "modelgw",
        },
    )


@functools.lru_cache(maxsize=None)
def cerebras_client() -> AsyncCerebras:
    return AsyncCerebras(
        api_key=_require(settings.cerebras_api_key, "cerebras"),
        timeout=settings.request_timeout_s,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=None)
def ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=settings.ollama_host, timeout=httpx.Timeout(settings.request_timeout_s, connect=5.0))


def reset_clients() -> None:
    for fn in (
        openai_client,
        openai_sync_client,
        anthropic_client,
        xai_client,
        perplexity_client,
        openrouter_client,
        cerebras_client,
        ollama_client,
    ):
        fn.cache_clear()
