"""Client factories.

Every SDK client the kernel uses is built here so that API keys, hosts and
timeouts are configured in one place.  Getters are cached: a notebook session
keeps one HTTP connection pool per provider.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import ollama
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from ..config import load_settings

DEFAULT_TIMEOUT = float(os.environ.get("LLM_KERNEL_TIMEOUT", "60"))


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        organization=os.environ.get("OPENAI_ORG_ID"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    if os.environ.get("GOOGLE_GENAI_USE_VERTEXAI"):
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


@lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=load_settings().ollama_host)


@lru_cache(maxsize=1)
def get_async_ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=load_settings().ollama_host)


def get_ollama_openai_compat() -> OpenAI:
    """Ollama also speaks the OpenAI wire format under /v1; some users prefer it."""
    host = load_settings().ollama_host.rstrip("/")
    return OpenAI(base_url=f"{host}/v1", api_key="ollama")


def reset_clients() -> None:
    """Drop cached clients, e.g. after ``%env OPENAI_API_KEY=...`` in a notebook."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_ollama_client,
        get_async_ollama_client,
    ):
        getter.cache_clear()
