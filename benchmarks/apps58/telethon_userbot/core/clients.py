"""Client factories.

Every provider SDK client is built here exactly once (cached), so plugins
never need to know where keys live. ``bot.py`` also hangs the most used
ones off the Telethon client object (``client.llm``, ``client.anthropic``...)
so handlers can reach them through ``event.client``.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from anthropic import AsyncAnthropic
from google import genai
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI

from config import settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


@lru_cache(maxsize=1)
def get_openai_client() -> AsyncOpenAI:
    log.debug("building AsyncOpenAI client")
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_sync_openai_client() -> OpenAI:
    # used from worker threads (embeddings backfill, legacy helpers)
    return OpenAI(api_key=settings.openai_api_key)


@lru_cache(maxsize=1)
def get_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=settings.groq_api_key)


@lru_cache(maxsize=1)
def get_xai_client() -> AsyncOpenAI:
    """Grok speaks the OpenAI wire protocol."""
    return AsyncOpenAI(api_key=settings.xai_api_key, base_url=XAI_BASE_URL)


def configured_providers() -> list[str]:
    out = []
    if settings.openai_api_key:
        out.append("openai")
    if settings.anthropic_api_key:
        out.append("anthropic")
    if settings.gemini_api_key:
        out.append("gemini")
    if settings.groq_api_key:
        out.append("groq")
    if settings.xai_api_key:
        out.append("xai")
    return out
