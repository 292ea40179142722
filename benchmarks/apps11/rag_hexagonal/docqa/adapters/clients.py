"""Shared vendor SDK clients.

Started as part of the "one client per process" clean-up (DOCQA-412): SDK clients keep
connection pools, so build each once and reuse it. `bootstrap.build_container` and the
older modules that still fetch clients themselves should all come through here.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import openai
import voyageai
from google import genai

from docqa.config import get_settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> openai.OpenAI:
    s = get_settings()
    return openai.OpenAI(
        api_key=s.openai_api_key.get_secret_value(),
        organization=s.openai_org_id,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> openai.AsyncOpenAI:
    s = get_settings()
    return openai.AsyncOpenAI(
        api_key=s.openai_api_key.get_secret_value(),
        organization=s.openai_org_id,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(
        api_key=s.anthropic_api_key.get_secret_value(),
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(
        api_key=s.anthropic_api_key.get_secret_value(),
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    s = get_settings()
    return genai.Client(api_key=s.gemini_api_key.get_secret_value())


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    s = get_settings()
    return voyageai.Client(api_key=s.voyage_api_key.get_secret_value(), max_retries=3)


def reset_clients() -> None:
    """Used by tests and by the worker after fork."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_voyage_client,
    ):
        getter.cache_clear()
    logger.debug("vendor clients reset")
