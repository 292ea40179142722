"""Provider client factories.

Everything that talks to a model vendor gets its client from here so that keys,
timeouts and retry policy live in one place.  The async factories are used by the
worker Toolbox; the cached sync getters are for scripts and the CLI.
"""
from __future__ import annotations

from functools import lru_cache

import httpx
from anthropic import AsyncAnthropic
from google import genai
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether, Together

from agent_workers.config import Settings, get_settings

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def make_openai(settings: Settings) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.secret("openai"),
        organization=settings.openai_org,
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


def make_anthropic(settings: Settings) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.secret("anthropic"), timeout=DEFAULT_TIMEOUT, max_retries=2)


def make_genai(settings: Settings) -> genai.Client:
    # One client serves both sync (client.models) and async (client.aio.models) calls.
    return genai.Client(api_key=settings.secret("gemini"))


def make_together(settings: Settings) -> AsyncTogether:
    return AsyncTogether(api_key=settings.secret("together"))


def make_xai(settings: Settings) -> AsyncOpenAI:
    # xAI speaks the OpenAI wire protocol.
    return AsyncOpenAI(api_key=settings.secret("xai"), base_url=settings.xai_base_url, timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.secret("openai"), organization=settings.openai_org, max_retries=3)


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=get_settings().secret("together"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return make_genai(get_settings())
