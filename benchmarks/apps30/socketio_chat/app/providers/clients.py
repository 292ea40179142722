"""Cached SDK client getters.

Every provider SDK client is built here exactly once per process; feature
modules ask for the client they need instead of constructing their own.
"""
from __future__ import annotations

from functools import lru_cache

import cohere
import ollama
from anthropic import AsyncAnthropic
from groq import AsyncGroq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from app.config import get_settings

XAI_BASE_URL = "https://api.x.ai/v1"


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_settings().openai_api_key, max_retries=2, timeout=30)


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    # used by scripts and the legacy worker, which are not async
    return OpenAI(api_key=get_settings().openai_api_key)


@lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=1)
def get_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_groq() -> AsyncGroq:
    return AsyncGroq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=1)
def get_xai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_settings().xai_api_key, base_url=XAI_BASE_URL)


@lru_cache(maxsize=1)
def get_ollama() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host)


def build_all() -> dict[str, object]:
    """Eagerly construct every client for the services container."""
    return {
        "openai": get_openai(),
        "anthropic": get_anthropic(),
        "mistral": get_mistral(),
        "cohere": get_cohere(),
        "groq": get_groq(),
        "xai": get_xai(),
        "ollama": get_ollama(),
    }
