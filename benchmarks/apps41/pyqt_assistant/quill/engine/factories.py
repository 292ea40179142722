"""Client factories.

Every SDK client in the app is created here so that key changes in the
settings dialog can invalidate them in one place (``reset_clients``).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from google import genai
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from quill import config

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"
DEFAULT_TIMEOUT = 60.0


class MissingKeyError(RuntimeError):
    def __init__(self, provider: str):
        super().__init__(f"No API key configured for {provider}")
        self.provider = provider


def _require(provider: str) -> str:
    key = config.api_key(provider)
    if not key:
        raise MissingKeyError(provider)
    return key


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_require("openai"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("openai"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("anthropic"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=_require("google"))


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=_require("groq"))


@lru_cache(maxsize=1)
def get_xai_client() -> OpenAI:
    # Grok speaks the OpenAI wire protocol.
    return OpenAI(api_key=_require("xai"), base_url=XAI_BASE_URL, timeout=DEFAULT_TIMEOUT)


def make_client(provider: str):
    """Return the cached client for ``provider``."""
    factory = {
        "openai": get_openai_client,
        "anthropic": get_anthropic_client,
        "google": get_genai_client,
        "groq": get_groq_client,
        "xai": get_xai_client,
    }[provider]
    return factory()


def reset_clients() -> None:
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_genai_client,
        get_groq_client,
        get_xai_client,
    ):
        fn.cache_clear()
    log.info("LLM clients reset after settings change")


def available_providers() -> list[str]:
    return [p for p in config.PROVIDERS if config.api_key(p)]
