"""Client factories.

Everything that needs an SDK client should get it from here so keys, base URLs
and timeouts stay in one place.  Clients are cached per process; Solara runs
all virtual kernels in the same process, so this is shared across sessions.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from anthropic import Anthropic, AsyncAnthropic
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from lab.config import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings().openai
    return OpenAI(api_key=s.api_key, timeout=s.timeout, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings().openai
    return AsyncOpenAI(api_key=s.api_key, timeout=s.timeout)


@lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    s = get_settings().anthropic
    return Anthropic(api_key=s.api_key, timeout=s.timeout)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> AsyncAnthropic:
    s = get_settings().anthropic
    return anthropic.AsyncAnthropic(api_key=s.api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    s = get_settings().groq
    return Groq(api_key=s.api_key, timeout=s.timeout)


def make_openai_compatible(provider: str) -> OpenAI:
    """Together / Fireworks / Groq all speak the OpenAI wire format."""
    settings = get_settings()
    s = getattr(settings, provider)
    if not s.base_url:
        raise ValueError(f"{provider} has no base_url configured")
    log.debug("building openai-compatible client for %s (%s)", provider, s.base_url)
    return OpenAI(api_key=s.api_key, base_url=s.base_url, timeout=s.timeout)


@lru_cache(maxsize=1)
def get_together_client() -> OpenAI:
    return make_openai_compatible("together")


@lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    s = get_settings().fireworks
    return OpenAI(api_key=s.api_key, base_url=s.base_url)


def async_fireworks_client() -> AsyncOpenAI:
    s = get_settings().fireworks
    return AsyncOpenAI(api_key=s.api_key, base_url=s.base_url)


# Module-level singletons kept for older imports (pages/legacy code does
# ``from lab.backend.clients import openai_client``).  TODO: drop after the
# registry migration is finished.
openai_client = OpenAI(api_key=get_settings().openai.api_key)
claude = Anthropic(api_key=get_settings().anthropic.api_key)
