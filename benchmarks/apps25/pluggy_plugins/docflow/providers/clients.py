"""Lazily-constructed provider clients.

Each getter is cached so the whole process shares one HTTP pool per
provider. Plugins that want their *own* client (different key, different
timeout) construct it themselves; everything else should come through here
or through ``engine.<provider>``.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import anthropic
import ollama
import voyageai
from google import genai
from huggingface_hub import AsyncInferenceClient, InferenceClient
from openai import AsyncOpenAI, OpenAI

from docflow.config import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=s.request_timeout, max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    """google-genai client in Vertex AI mode (uses ADC, not an API key)."""
    s = get_settings()
    log.info("creating Vertex AI client project=%s location=%s", s.gcp_project, s.gcp_location)
    return genai.Client(vertexai=True, project=s.gcp_project, location=s.gcp_location)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)


@lru_cache(maxsize=4)
def get_hf_client(model: str | None = None) -> InferenceClient:
    s = get_settings()
    return InferenceClient(model=model, provider=s.hf_provider, api_key=s.hf_token or os.getenv("HF_TOKEN"))


@lru_cache(maxsize=1)
def get_async_hf_client() -> AsyncInferenceClient:
    s = get_settings()
    return AsyncInferenceClient(provider=s.hf_provider, api_key=s.hf_token)


@lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=get_settings().ollama_host)


def reset_clients() -> None:
    """Drop cached clients (tests, settings reload)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_async_anthropic,
        get_genai_client,
        get_voyage_client,
        get_async_voyage_client,
        get_hf_client,
        get_async_hf_client,
        get_ollama_client,
    ):
        getter.cache_clear()
