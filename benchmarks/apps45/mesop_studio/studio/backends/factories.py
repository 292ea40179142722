"""Client factories.

Every SDK client in the app should come from here so that keys, timeouts and
retries are configured in one place.  The getters are cached: Mesop re-runs
handlers a lot and constructing clients on every click was noticeably slow.
"""

from __future__ import annotations

import functools
import logging

import anthropic
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from studio.settings import get_settings

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=s.request_timeout,
        max_retries=s.max_retries,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(
        api_key=s.anthropic_api_key,
        timeout=s.request_timeout,
        max_retries=s.max_retries,
    )


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout)


@functools.lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    s = get_settings()
    if s.use_vertex:
        log.info("Using Vertex AI for Gemini (project=%s)", s.google_project)
        return genai.Client(vertexai=True, project=s.google_project, location=s.google_location)
    return genai.Client(api_key=s.google_api_key)


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@functools.lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    """DeepSeek speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    s = get_settings()
    return OpenAI(
        api_key=s.deepseek_api_key,
        base_url=s.deepseek_base_url,
        timeout=s.request_timeout,
        max_retries=s.max_retries,
    )


def reset_clients() -> None:
    """Drop cached clients (used by the settings page after keys change)."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_deepseek_client,
    ):
        fn.cache_clear()
