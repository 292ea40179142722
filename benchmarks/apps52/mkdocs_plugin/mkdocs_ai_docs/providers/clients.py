"""Cached SDK client getters.

All plugin code should get its clients from here so that API keys, timeouts and
base URLs are configured in one place. (The anthropic and cohere backends still
build their own clients -- see TODO in those modules.)
"""

from __future__ import annotations

import functools
import os

import cohere
import httpx
from anthropic import Anthropic, AsyncAnthropic
from google import genai
from openai import AsyncOpenAI, OpenAI

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def _key(env_name: str, override: str | None = None) -> str | None:
    if override:
        return os.environ.get(override)
    return os.environ.get(env_name)


@functools.lru_cache(maxsize=None)
def get_openai_client(api_key_env: str | None = None, base_url: str | None = None) -> OpenAI:
    return OpenAI(
        api_key=_key("OPENAI_API_KEY", api_key_env),
        base_url=base_url,
        timeout=_TIMEOUT,
        max_retries=3,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai_client(api_key_env: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_key("OPENAI_API_KEY", api_key_env), timeout=_TIMEOUT)


@functools.lru_cache(maxsize=None)
def get_deepseek_client(api_key_env: str | None = None) -> OpenAI:
    return OpenAI(
        api_key=_key("DEEPSEEK_API_KEY", api_key_env),
        base_url=DEEPSEEK_BASE_URL,
        timeout=_TIMEOUT,
    )


@functools.lru_cache(maxsize=None)
def get_anthropic_client(api_key_env: str | None = None) -> Anthropic:
    return Anthropic(api_key=_key("ANTHROPIC_API_KEY", api_key_env), max_retries=3)


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client(api_key_env: str | None = None) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=_key("ANTHROPIC_API_KEY", api_key_env))


@functools.lru_cache(maxsize=None)
def get_genai_client(api_key_env: str | None = None) -> genai.Client:
    if os.environ.get("GOOGLE_GENAI_USE_VERTEXAI"):
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=_key("GEMINI_API_KEY", api_key_env))


@functools.lru_cache(maxsize=None)
def get_cohere_client(api_key_env: str | None = None) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_key("CO_API_KEY", api_key_env))


def reset_clients() -> None:
    """Drop cached clients (used by tests and by ``mkdocs serve`` reloads)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_deepseek_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_cohere_client,
    ):
        getter.cache_clear()
