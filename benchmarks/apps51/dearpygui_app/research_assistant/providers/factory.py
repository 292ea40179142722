"""Client factories. One place to construct SDK clients so keys/timeouts are consistent."""
from __future__ import annotations

import functools
import logging

import anthropic
import cohere
from openai import AsyncOpenAI, OpenAI

from research_assistant.config import api_key
from research_assistant.state import state

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    log.debug("creating OpenAI client")
    return OpenAI(api_key=api_key("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


def get_anthropic_client() -> anthropic.Anthropic:
    client = state.clients.get("anthropic")
    if client is None:
        client = anthropic.Anthropic(api_key=api_key("ANTHROPIC_API_KEY"), max_retries=3)
        state.clients["anthropic"] = client
    return client


@functools.lru_cache(maxsize=None)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=api_key("COHERE_API_KEY"), timeout=30)


def make_openai_compatible(base_url: str, key_env: str) -> OpenAI:
    """For local servers / OpenAI-compatible vendors (ollama etc.)."""
    return OpenAI(base_url=base_url, api_key=api_key(key_env) or "not-needed")


def clear_clients() -> None:
    get_openai_client.cache_clear()
    get_async_openai.cache_clear()
    get_cohere_client.cache_clear()
    state.clients.clear()
