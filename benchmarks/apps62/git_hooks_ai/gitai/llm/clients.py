"""Client factories. Every module should get its SDK clients from here."""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import ollama
from groq import Groq, AsyncGroq
from openai import AsyncOpenAI, OpenAI

from gitai.config import FIREWORKS_BASE_URL, OLLAMA_HOST

_TIMEOUT = float(os.environ.get("GITAI_TIMEOUT", "30"))


@lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    return OpenAI(timeout=_TIMEOUT, max_retries=2)


@lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(timeout=_TIMEOUT)


@lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(timeout=_TIMEOUT * 2)


@lru_cache(maxsize=None)
def get_groq_client() -> Groq:
    return Groq(api_key=os.environ.get("GROQ_API_KEY"))


@lru_cache(maxsize=None)
def get_async_groq_client() -> AsyncGroq:
    return AsyncGroq()


@lru_cache(maxsize=None)
def get_fireworks_client() -> OpenAI:
    # Fireworks speaks the OpenAI wire protocol.
    return OpenAI(
        base_url=FIREWORKS_BASE_URL,
        api_key=os.environ.get("FIREWORKS_API_KEY", ""),
        timeout=_TIMEOUT,
    )


@lru_cache(maxsize=None)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=OLLAMA_HOST)


def reset_clients() -> None:
    """Used by tests to drop cached clients."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_groq_client,
        get_async_groq_client,
        get_fireworks_client,
        get_ollama_client,
    ):
        fn.cache_clear()
