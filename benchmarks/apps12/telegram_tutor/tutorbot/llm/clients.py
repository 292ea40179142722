"""Process-wide SDK clients.

Every module should get its client from here instead of constructing its own, so that
timeouts, retries and keys are configured in one place.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from google import genai
from openai import AsyncOpenAI

from tutorbot.config import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.llm_timeout,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_deepseek_client() -> AsyncOpenAI:
    # DeepSeek speaks the OpenAI wire protocol
    settings = get_settings()
    return AsyncOpenAI(
        api_key=settings.deepseek_api_key,
        base_url="https://api.deepseek.com",
        timeout=settings.llm_timeout * 2,  # deepseek-reasoner can be slow
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.llm_timeout,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_gemini_client() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


async def close_clients() -> None:
    for getter in (get_openai_client, get_deepseek_client, get_anthropic_client):
        if getter.cache_info().currsize:
            try:
                await getter().close()
            except Exception:  # pragma: no cover - shutdown best effort
                log.exception("failed to close %s", getter.__name__)
