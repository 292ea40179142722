"""Client factories for every provider we support.

Clients are created lazily (Anki starts faster that way, and the user may not
have configured every key) and cached for the lifetime of the profile.
"""
from __future__ import annotations

import functools
import logging
from typing import Any, Dict

import anthropic
import cohere
from google import genai
from openai import AsyncOpenAI, OpenAI

from . import config

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEFAULT_TIMEOUT = 60.0


class MissingKeyError(RuntimeError):
    pass


def _require(key_name: str) -> str:
    key = config.get(key_name)
    if not key:
        raise MissingKeyError(f"Please set '{key_name}' in the add-on config.")
    return key


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_require("openai_api_key"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("openai_api_key"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("anthropic_api_key"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_gemini_client() -> genai.Client:
    return genai.Client(api_key=_require("gemini_api_key"))


@functools.lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    # DeepSeek speaks the OpenAI wire protocol.
    return OpenAI(api_key=_require("deepseek_api_key"), base_url=DEEPSEEK_BASE_URL)


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_require("cohere_api_key"))


def reset_clients() -> None:
    """Called when the profile or the config changes."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_gemini_client,
        get_deepseek_client,
        get_cohere_client,
    ):
        getter.cache_clear()
    CLIENTS.clear()


class _ClientRegistry(Dict[str, Any]):
    """Lazy mapping provider name -> client."""

    _factories = {
        "openai": get_openai_client,
        "anthropic": get_anthropic_client,
        "gemini": get_gemini_client,
        "deepseek": get_deepseek_client,
        "cohere": get_cohere_client,
    }

    def __missing__(self, name: str) -> Any:
        factory = self._factories[name]
        client = factory()
        self[name] = client
        log.debug("created %s client", name)
        return client


CLIENTS = _ClientRegistry()
