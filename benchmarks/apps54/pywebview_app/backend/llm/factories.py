"""Client factories. Every SDK client in the app should come from here."""
from __future__ import annotations

import functools
import logging

import anthropic
import cohere
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from backend.settings import load_settings

log = logging.getLogger(__name__)

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
APP_REFERER = "https://notes-assistant.local"


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    keys = load_settings().keys
    return OpenAI(api_key=keys.openai or None, timeout=60.0, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    keys = load_settings().keys
    return AsyncOpenAI(api_key=keys.openai or None, timeout=60.0)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    keys = load_settings().keys
    return anthropic.Anthropic(api_key=keys.anthropic or None, max_retries=3)


def make_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=load_settings().keys.anthropic or None)


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=load_settings().keys.cohere)


def get_mistral_client() -> Mistral:
    # not cached: Mistral client holds an httpx client that we close on settings change
    return Mistral(api_key=load_settings().keys.mistral)


@functools.lru_cache(maxsize=1)
def get_openrouter_client() -> OpenAI:
    return OpenAI(
        api_key=load_settings().keys.openrouter,
        base_url=OPENROUTER_BASE_URL,
        default_headers={"HTTP-Referer": APP_REFERER, "X-Title": "Notes Assistant"},
    )


def reset_clients() -> None:
    """Called when the user saves new API keys from the settings page."""
    for fn in (get_openai_client, get_async_openai_client, get_anthropic_client,
               get_cohere_client, get_openrouter_client):
        fn.cache_clear()
    log.info("LLM clients reset")
