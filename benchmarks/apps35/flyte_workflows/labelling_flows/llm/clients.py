"""Client factories for every LLM provider we use.

Clients are cached per process: a Flyte task pod runs one task, so caching is
safe and saves TLS handshakes when a task loops over many records.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import cohere
from google import genai
from openai import AsyncOpenAI, OpenAI
from together import Together

from labelling_flows.config import FIREWORKS_BASE_URL
from labelling_flows.secrets import read_secret

DEFAULT_TIMEOUT = 60.0


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=read_secret("openai_api_key"), timeout=DEFAULT_TIMEOUT, max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=read_secret("openai_api_key"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=read_secret("anthropic_api_key"), max_retries=4)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=read_secret("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=read_secret("together_api_key"))


@lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI protocol, so we reuse the openai SDK."""
    return OpenAI(
        api_key=read_secret("fireworks_api_key"),
        base_url=FIREWORKS_BASE_URL,
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=read_secret("cohere_api_key"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=read_secret("gemini_api_key"))


def reset_clients() -> None:
    """Used by tests to drop cached clients between cases."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_together_client,
        get_fireworks_client,
        get_cohere_client,
        get_genai_client,
    ):
        factory.cache_clear()
