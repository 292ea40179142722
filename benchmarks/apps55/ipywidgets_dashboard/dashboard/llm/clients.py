"""Client factories for every provider we talk to.

Everything is cached per-process so the notebook kernel keeps one HTTP pool per
provider. Call ``reset_clients()`` after changing keys in a running kernel.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
DEFAULT_TIMEOUT = 60.0


def _require(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise RuntimeError(f"{var} is not set; add it to your .env or kernel environment")
    return value


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_require("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=_require("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    if os.environ.get("GOOGLE_GENAI_USE_VERTEXAI") == "1":
        return genai.Client(
            vertexai=True,
            project=_require("GOOGLE_CLOUD_PROJECT"),
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "europe-west4"),
        )
    return genai.Client(api_key=_require("GEMINI_API_KEY"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_require("MISTRAL_API_KEY"))


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    return OpenAI(api_key=_require("PERPLEXITY_API_KEY"), base_url=PERPLEXITY_BASE_URL)


def make_openai_client(api_key: str | None = None, **kwargs) -> OpenAI:
    """Uncached constructor, used by scripts that run with a different key."""
    return OpenAI(api_key=api_key or _require("OPENAI_API_KEY"), **kwargs)


def reset_clients() -> None:
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_perplexity_client,
    ):
        getter.cache_clear()
