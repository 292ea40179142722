"""Client factories.

Clients are cheap to keep around and expensive-ish to build (httpx pools),
so the OpenAI/Gemini ones are cached.  Anthropic/Groq/Cohere are built once in
``lifecycle.on_starting`` and stored on ``bot.d``.
"""
from __future__ import annotations

import functools

import anthropic
import cohere
from google import genai
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI

from bot.config import settings

DEFAULT_TIMEOUT = 45.0


@functools.lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.openai_api_key,
        organization=settings.openai_org,
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    """Sync client for scripts and the thread-pool based legacy code."""
    return OpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT)


def make_async_anthropic(api_key: str | None = None) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=api_key or settings.anthropic_api_key, max_retries=3)


def make_sync_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


def make_async_groq() -> AsyncGroq:
    return AsyncGroq(api_key=settings.groq_api_key)


def make_async_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=settings.cohere_api_key, timeout=DEFAULT_TIMEOUT)


def make_sync_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key)
