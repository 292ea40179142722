"""Client factories for every provider we talk to.

Everything here is cached: SDK clients hold connection pools, so build them once.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from anthropic import AsyncAnthropic
from google import genai
from huggingface_hub import AsyncInferenceClient, InferenceClient
from openai import AsyncOpenAI, OpenAI

from assistant.config import get_settings

log = logging.getLogger(__name__)

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=60.0)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_gemini_client() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    # Perplexity speaks the OpenAI wire protocol.
    return OpenAI(api_key=get_settings().perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


def make_hf_client(model: str | None = None) -> InferenceClient:
    settings = get_settings()
    return InferenceClient(model=model or settings.hf_model, token=settings.hf_token, timeout=45)


def make_async_hf_client(model: str | None = None) -> AsyncInferenceClient:
    settings = get_settings()
    return AsyncInferenceClient(model=model or settings.hf_model, token=settings.hf_token)


def reset_clients() -> None:
    """Used by tests and by the admin UI after a key rotation."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_gemini_client,
        get_perplexity_client,
    ):
        fn.cache_clear()
    log.info("LLM client caches cleared")
