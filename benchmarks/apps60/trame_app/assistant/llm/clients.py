"""Client factories for every provider we talk to.

Clients are cheap to keep around and expensive-ish to build (connection
pools), so each getter is cached for the life of the trame server process.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
from google import genai
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from assistant.config import get_settings

log = logging.getLogger(__name__)


class MissingCredentials(RuntimeError):
    pass


def _require(value: str | None, name: str) -> str:
    if not value:
        raise MissingCredentials(f"{name} is not set; enable the provider in .env")
    return value


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    log.debug("building OpenAI client")
    return OpenAI(api_key=_require(settings.openai_api_key, "OPENAI_API_KEY"), max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=_require(settings.openai_api_key, "OPENAI_API_KEY"), timeout=60.0)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(api_key=_require(settings.anthropic_api_key, "ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(api_key=_require(settings.anthropic_api_key, "ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    settings = get_settings()
    return genai.Client(api_key=_require(settings.google_api_key, "GOOGLE_API_KEY"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    settings = get_settings()
    return Mistral(api_key=_require(settings.mistral_api_key, "MISTRAL_API_KEY"))


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    settings = get_settings()
    return Groq(api_key=_require(settings.groq_api_key, "GROQ_API_KEY"))


@lru_cache(maxsize=1)
def get_async_groq_client() -> AsyncGroq:
    settings = get_settings()
    return AsyncGroq(api_key=_require(settings.groq_api_key, "GROQ_API_KEY"))


def reset_clients() -> None:
    """Drop cached clients (used by the settings dialog after a key changes)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_groq_client,
        get_async_groq_client,
    ):
        getter.cache_clear()
