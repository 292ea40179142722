"""Cached SDK clients.

Clients are expensive-ish to create (httpx pools) and napari may create widgets
many times, so everything here is cached per (provider, key, host).
"""
from __future__ import annotations

import functools
import os

import anthropic
import ollama
import openai
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from google import genai

from .._settings import get_settings


@functools.lru_cache(maxsize=4)
def get_openai_client(api_key: str | None = None, base_url: str | None = None) -> openai.OpenAI:
    settings = get_settings()
    return openai.OpenAI(
        api_key=api_key or settings.api_key("openai"),
        base_url=base_url or settings.openai_base_url,
        max_retries=2,
        timeout=60.0,
    )


@functools.lru_cache(maxsize=2)
def get_async_openai_client() -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=get_settings().api_key("openai"))


@functools.lru_cache(maxsize=2)
def get_gemini_client() -> genai.Client:
    return genai.Client(api_key=get_settings().api_key("gemini"))


@functools.lru_cache(maxsize=2)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().api_key("anthropic"))


@functools.lru_cache(maxsize=2)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().api_key("anthropic"))


@functools.lru_cache(maxsize=4)
def get_ollama_client(host: str | None = None) -> ollama.Client:
    return ollama.Client(host=host or get_settings().ollama_host)


@functools.lru_cache(maxsize=2)
def get_cerebras_client() -> Cerebras:
    return Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))


@functools.lru_cache(maxsize=2)
def get_async_cerebras_client() -> AsyncCerebras:
    return AsyncCerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))


def reset_clients() -> None:
    """Called when the user changes API keys in the settings dialog."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_gemini_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_ollama_client,
        get_cerebras_client,
        get_async_cerebras_client,
    ):
        fn.cache_clear()
