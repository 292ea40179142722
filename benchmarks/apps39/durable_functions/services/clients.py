"""Client factories for every model vendor we talk to.

Clients are expensive-ish to build (connection pools), so they are cached per process.
Inngest functions and Hatchet tasks call these getters rather than building their own.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import openai
from google import genai
from together import AsyncTogether, Together

from app.config import get_settings

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"


@lru_cache(maxsize=1)
def get_openai() -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=get_settings().openai_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_sync_openai() -> openai.OpenAI:
    return openai.OpenAI(api_key=get_settings().openai_api_key)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_sync_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_together() -> AsyncTogether:
    return AsyncTogether(api_key=get_settings().together_api_key)


@lru_cache(maxsize=1)
def get_sync_together() -> Together:
    return Together(api_key=get_settings().together_api_key)


@lru_cache(maxsize=1)
def get_fireworks() -> openai.AsyncOpenAI:
    """Fireworks speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    return openai.AsyncOpenAI(
        api_key=get_settings().fireworks_api_key,
        base_url=FIREWORKS_BASE_URL,
    )


def reset_clients() -> None:
    """Used by tests to drop cached clients between cases."""
    for getter in (
        get_openai,
        get_sync_openai,
        get_anthropic,
        get_sync_anthropic,
        get_genai,
        get_together,
        get_sync_together,
        get_fireworks,
    ):
        getter.cache_clear()
