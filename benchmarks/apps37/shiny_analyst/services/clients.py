"""Client factories for the model providers.

Every provider client is built here exactly once per process. Modules should
take a client as a parameter (or go through ``multi_model_service``) rather
than constructing their own.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from config import PERPLEXITY_BASE_URL, get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, timeout=s.request_timeout, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_sync_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=1)
def get_perplexity_client() -> AsyncOpenAI:
    """Perplexity speaks the OpenAI wire protocol."""
    return AsyncOpenAI(
        api_key=get_settings().perplexity_api_key,
        base_url=PERPLEXITY_BASE_URL,
    )


def warm_clients() -> None:
    """Instantiate everything at startup so misconfiguration shows up early."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_perplexity_client,
    ):
        try:
            factory()
        except Exception:  # noqa: BLE001
            log.warning("could not build %s", factory.__name__, exc_info=True)
