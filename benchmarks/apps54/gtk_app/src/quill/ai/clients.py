"""Client factories for every provider Quill can talk to.

Clients are expensive-ish to build (httpx pools, TLS) so they are cached per
process. Keys come from libsecret when available and fall back to the
environment, which is what the Flatpak CI uses.
"""

from __future__ import annotations

import functools
import logging
import os

import anthropic
import ollama
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from quill.secrets import lookup_api_key

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEFAULT_TIMEOUT = 60.0


def _key(provider: str, env_var: str) -> str | None:
    key = lookup_api_key(provider)
    if key:
        return key
    return os.environ.get(env_var)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    log.debug("building OpenAI client")
    return OpenAI(api_key=_key("openai", "OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_key("openai", "OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_key("anthropic", "ANTHROPIC_API_KEY"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_key("mistral", "MISTRAL_API_KEY"), timeout_ms=int(DEFAULT_TIMEOUT * 1000))


@functools.lru_cache(maxsize=4)
def get_ollama_client(host: str = "http://127.0.0.1:11434") -> ollama.Client:
    return ollama.Client(host=host, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    # DeepSeek speaks the OpenAI wire protocol.
    return OpenAI(
        api_key=_key("deepseek", "DEEPSEEK_API_KEY"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=DEFAULT_TIMEOUT,
    )


def reset_clients() -> None:
    """Called when the user edits a key in Preferences."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_mistral_client,
        get_ollama_client,
        get_deepseek_client,
    ):
        factory.cache_clear()
