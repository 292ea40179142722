"""Client factories.

One place to build SDK clients so keys, timeouts and retries are consistent.
The getters are cached: bots call them per page and we do not want a new
connection pool for each edit.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import voyageai
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI
from together import Together

from wikiai.config import get_settings

log = logging.getLogger(__name__)

TOGETHER_OPENAI_BASE = 'https://api.together.xyz/v1'


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=s.request_timeout,
        max_retries=s.max_retries,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@functools.lru_cache(maxsize=None)
def get_azure_openai_client() -> AzureOpenAI:
    s = get_settings()
    if not s.azure_endpoint:
        raise RuntimeError('AZURE_OPENAI_ENDPOINT is not configured')
    return AzureOpenAI(
        azure_endpoint=s.azure_endpoint,
        api_key=s.azure_api_key,
        api_version=s.azure_api_version,
    )


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=s.anthropic_api_key,
                               max_retries=s.max_retries)


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@functools.lru_cache(maxsize=None)
def get_together_client() -> Together:
    return Together(api_key=get_settings().together_api_key)


@functools.lru_cache(maxsize=None)
def get_together_openai_compat() -> OpenAI:
    """Together through the OpenAI SDK.

    Kept for the translate bot, which predates the together SDK in our
    requirements and relies on ``with_raw_response`` for rate-limit headers.
    """
    return OpenAI(api_key=get_settings().together_api_key,
                  base_url=TOGETHER_OPENAI_BASE)


@functools.lru_cache(maxsize=None)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key,
                           max_retries=3)


@functools.lru_cache(maxsize=None)
def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)


_FACTORIES = {
    'openai': get_openai_client,
    'azure': get_azure_openai_client,
    'anthropic': get_anthropic_client,
    'mistral': get_mistral_client,
    'together': get_together_client,
    'voyage': get_voyage_client,
}


def client_for(provider: str):
    """Return the cached client for *provider* (``openai``, ``anthropic``...)."""
    try:
        factory = _FACTORIES[provider]
    except KeyError:
        raise ValueError(f'unknown provider {provider!r}') from None
    log.debug('using %s client', provider)
    return factory()


def reset_clients() -> None:
    """Drop cached clients (used by tests and after key rotation)."""
    for factory in list(_FACTORIES.values()) + [
            get_async_openai_client, get_async_anthropic_client,
            get_together_openai_compat, get_async_voyage_client]:
        factory.cache_clear()
