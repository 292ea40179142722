"""Client factories for every provider we talk to.

Clients are cached per process: the SDK clients hold connection pools and are
safe to share between coroutines.
"""
from __future__ import annotations

from functools import lru_cache

import ollama
from anthropic import Anthropic, AsyncAnthropic
from google import genai
from openai import AsyncOpenAI, OpenAI

from qa_agent.config import get_settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=60.0)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=90.0)


@lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    return Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=get_settings().google_api_key)


@lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol; we just point the SDK at it."""
    settings = get_settings()
    return OpenAI(api_key=settings.fireworks_api_key, base_url=settings.fireworks_base_url)


@lru_cache(maxsize=1)
def get_async_fireworks_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.fireworks_api_key, base_url=settings.fireworks_base_url)


@lru_cache(maxsize=1)
def get_ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host)


def reset_clients() -> None:
    """Used by tests to drop cached clients after monkeypatching settings."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_fireworks_client,
        get_async_fireworks_client,
        get_ollama_client,
    ):
        factory.cache_clear()
