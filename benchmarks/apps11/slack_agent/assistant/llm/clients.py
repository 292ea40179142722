"""Provider SDK clients.

Every client is created lazily and cached for the life of the process; the SDKs keep
connection pools internally so we want exactly one of each. Import the getters, not the
module-level objects, so tests can monkeypatch them.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Callable, Dict

import anthropic
import ollama
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from assistant.config import get_settings

log = logging.getLogger(__name__)

_DEFAULT_TIMEOUT = 60.0


@lru_cache(maxsize=None)
def anthropic_client() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        max_retries=3,
        timeout=_DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=None)
def async_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=None)
def openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, organization=settings.openai_org)


@lru_cache(maxsize=None)
def async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, organization=settings.openai_org)


@lru_cache(maxsize=None)
def groq_client() -> Groq:
    return Groq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=None)
def async_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=None)
def mistral_client() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=None)
def ollama_client() -> ollama.Client:
    # The box running ollama is on the office network; keep the timeout short so a
    # sleeping GPU host doesn't hold up a Slack reply.
    return ollama.Client(host=get_settings().ollama_host, timeout=30)


@lru_cache(maxsize=None)
def async_ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host, timeout=30)


_PROVIDERS: Dict[str, Callable[[], Any]] = {
    "anthropic": anthropic_client,
    "openai": openai_client,
    "groq": groq_client,
    "mistral": mistral_client,
    "ollama": ollama_client,
}


def get_provider_client(name: str) -> Any:
    """Look up a sync client by provider name (used by tools configured from YAML)."""
    try:
        factory = _PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; expected one of {sorted(_PROVIDERS)}")
    return factory()


def reset_clients() -> None:
    for factory in (
        anthropic_client,
        async_anthropic_client,
        openai_client,
        async_openai_client,
        groq_client,
        async_groq_client,
        mistral_client,
        ollama_client,
        async_ollama_client,
    ):
        factory.cache_clear()
    log.info("provider clients reset")
