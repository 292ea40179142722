"""Client factories.

Every component gets its SDK clients from here so keys/timeouts are set in one
place.  The getters are cached: one client per process is plenty, the SDKs pool
their connections internally.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import cohere
from anthropic import Anthropic, AsyncAnthropic
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from gateway.config import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    s = get_settings()
    log.debug("creating AsyncOpenAI client (base_url=%s)", s.openai_base_url)
    return AsyncOpenAI(
        api_key=s.openai_api_key,
        base_url=s.openai_base_url,
        timeout=s.request_timeout,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    s = get_settings()
    return AsyncAnthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic_sync() -> Anthropic:
    return Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_cohere() -> cohere.AsyncClientV2:
    s = get_settings()
    return cohere.AsyncClientV2(api_key=s.cohere_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_cohere_sync() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=1)
def get_cerebras() -> AsyncCerebras:
    s = get_settings()
    return AsyncCerebras(api_key=s.cerebras_api_key, timeout=s.request_timeout)


def make_cerebras_sync(api_key: str | None = None) -> Cerebras:
    """Not cached: the batch scripts pass per-tenant keys."""
    return Cerebras(api_key=api_key or get_settings().cerebras_api_key)


def build_clients() -> dict:
    """All async clients, keyed by provider name.  Used by onJoin to stash them
    on the session / in ComponentConfig.extra."""
    return {
        "openai": get_openai(),
        "anthropic": get_anthropic(),
        "cohere": get_cohere(),
        "mistral": get_mistral(),
        "cerebras": get_cerebras(),
    }


def reset_clients() -> None:
    """Tests call this between cases."""
    for fn in (get_openai, get_openai_sync, get_anthropic, get_anthropic_sync,
               get_cohere, get_cohere_sync, get_mistral, get_cerebras):
        fn.cache_clear()
