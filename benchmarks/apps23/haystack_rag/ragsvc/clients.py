"""Provider SDK clients.

One place to build SDK clients so that keys/timeouts are configured consistently.
Getters are cached: components call them from ``warm_up()`` and share one client
(and its connection pool) per process.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import cohere
import ollama
import voyageai
from huggingface_hub import InferenceClient
from ibm_watsonx_ai import Credentials
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from ragsvc.config import get_settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, base_url=s.openai_base_url, timeout=s.request_timeout, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, base_url=s.openai_base_url, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(api_key=s.cohere_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_async_cohere_client() -> cohere.AsyncClientV2:
    s = get_settings()
    return cohere.AsyncClientV2(api_key=s.cohere_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    s = get_settings()
    return Mistral(api_key=s.mistral_api_key, timeout_ms=int(s.request_timeout * 1000))


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    s = get_settings()
    return voyageai.Client(api_key=s.voyage_api_key, max_retries=3, timeout=s.request_timeout)


@lru_cache(maxsize=4)
def get_hf_client(model: str | None = None) -> InferenceClient:
    s = get_settings()
    return InferenceClient(model=model, provider=s.hf_provider, api_key=s.hf_token, timeout=s.request_timeout)


@lru_cache(maxsize=4)
def get_ollama_client(host: str | None = None) -> ollama.Client:
    return ollama.Client(host=host or get_settings().ollama_host)


def get_watsonx_credentials() -> Credentials:
    s = get_settings()
    if not s.watsonx_api_key:
        raise RuntimeError("WATSONX_APIKEY is not set")
    return Credentials(url=s.watsonx_url, api_key=s.watsonx_api_key)


def reset_clients() -> None:
    """Drop cached clients (used by tests and after key rotation)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_cohere_client,
        get_async_cohere_client,
        get_mistral_client,
        get_voyage_client,
        get_hf_client,
        get_ollama_client,
    ):
        getter.cache_clear()
    logger.info("provider clients reset")
