"""Client factories. Every library gets its SDK clients from here so keys,
timeouts and hosts are configured in one place."""
from __future__ import annotations

import functools

import anthropic
import ollama
from google import genai
from mistralai import Mistral
from openai import OpenAI

from resources.settings import settings


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=settings.openai_api_key or None, timeout=settings.request_timeout, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key or None, timeout=settings.request_timeout)


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key or None)


@functools.lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key or None)


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)


@functools.lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=settings.ollama_host)


def reset_clients() -> None:
    """Used by the unit tests and by `Reload LLM Clients`."""
    for factory in (
        get_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_ollama_client,
    ):
        factory.cache_clear()
