"""Shared SDK clients.

New code should get its clients from here instead of constructing them in
place.  (The App still builds a few of its own in ``__init__`` - see the TODO
in app.py - we are moving those over one provider at a time.)
"""

from __future__ import annotations

from functools import lru_cache

import anthropic
from google import genai
from openai import AsyncOpenAI, OpenAI

from termpal.config import Settings, load_settings


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return load_settings()


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_settings().openai_api_key, max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    """Blocking client, used by thread workers and the headless CLI."""
    return OpenAI(api_key=_settings().openai_api_key, max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=_settings().google_api_key)


def reset_clients() -> None:
    """Forget cached clients, e.g. after the user changed an API key."""
    for getter in (_settings, get_async_openai, get_openai_sync, get_anthropic, get_genai_client):
        getter.cache_clear()
