"""Provider SDK clients, built once per process.

Prefer these getters over constructing SDK clients inline: they pick up keys,
timeouts and retry settings from `Settings`, and tests can monkeypatch them.
(`common.llm` is the older version of this module; don't add to it.)
"""
from __future__ import annotations

from functools import lru_cache

from anthropic import Anthropic, AsyncAnthropic
from fireworks import AsyncFireworks, Fireworks
from google import genai
from google.genai import types as genai_types
from mistralai.client import Mistral
from openai import AsyncOpenAI, OpenAI

from common.settings import get_settings, secret

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=secret(s.openai_api_key),
        organization=s.openai_org_id,
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        api_key=secret(s.openai_api_key),
        organization=s.openai_org_id,
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=1)
def get_openrouter() -> OpenAI:
    """OpenRouter speaks the OpenAI protocol; we use it for the Claude/GPT A/B in sales email."""
    s = get_settings()
    return OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=secret(s.openrouter_api_key),
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
        default_headers={
            "HTTP-Referer": s.app_public_url,
            "X-Title": "ACME internal tools",
        },
    )


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    s = get_settings()
    return Anthropic(
        api_key=secret(s.anthropic_api_key),
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    s = get_settings()
    return AsyncAnthropic(
        api_key=secret(s.anthropic_api_key),
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    s = get_settings()
    return genai.Client(
        api_key=secret(s.gemini_api_key),
        http_options=genai_types.HttpOptions(timeout=int(s.request_timeout_s * 1000)),
    )


@lru_cache(maxsize=1)
def get_fireworks() -> Fireworks:
    s = get_settings()
    return Fireworks(api_key=secret(s.fireworks_api_key), max_retries=s.max_retries)


@lru_cache(maxsize=1)
def get_async_fireworks() -> AsyncFireworks:
    s = get_settings()
    return AsyncFireworks(api_key=secret(s.fireworks_api_key), max_retries=s.max_retries)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    s = get_settings()
    return Mistral(
        api_key=secret(s.mistral_api_key),
        timeout_ms=int(s.request_timeout_s * 1000),
    )
