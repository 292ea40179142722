"""Client factories.

Every SDK client is built here, once, and cached. Other modules should never
construct clients themselves (the legacy module and a couple of scripts still
do; see TODO in legacy/old_repl.py).
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
from google import genai
from openai import AsyncOpenAI, OpenAI

from ptk_repl.config import DEEPSEEK_BASE_URL, PERPLEXITY_BASE_URL

_DEFAULT_TIMEOUT = float(os.environ.get("PTK_REPL_TIMEOUT", "60"))


class MissingCredentials(RuntimeError):
    """Raised when a provider is selected but its key is not configured."""


def _require(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise MissingCredentials(f"{var} is not set")
    return value


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_require("OPENAI_API_KEY"), timeout=_DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("OPENAI_API_KEY"), timeout=_DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(
        api_key=_require("ANTHROPIC_API_KEY"),
        timeout=_DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    # GOOGLE_API_KEY or GEMINI_API_KEY are both picked up by the SDK, but we
    # want a clear error message when neither is there.
    key = os.environ.get("GEMINI_API_KEY") or _require("GOOGLE_API_KEY")
    return genai.Client(api_key=key)


@lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    return OpenAI(api_key=_require("DEEPSEEK_API_KEY"), base_url=DEEPSEEK_BASE_URL)


@lru_cache(maxsize=1)
def get_async_deepseek() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("DEEPSEEK_API_KEY"), base_url=DEEPSEEK_BASE_URL)


@lru_cache(maxsize=1)
def get_perplexity_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("PERPLEXITY_API_KEY"), base_url=PERPLEXITY_BASE_URL)


def reset_clients() -> None:
    """Drop cached clients (used by /reload and by the tests)."""
    for fn in (
        get_openai_client,
        get_async_openai,
        get_anthropic_client,
        get_async_anthropic,
        get_genai_client,
        get_deepseek_client,
        get_async_deepseek,
        get_perplexity_client,
    ):
        fn.cache_clear()
