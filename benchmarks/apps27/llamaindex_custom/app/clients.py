"""Process-wide SDK clients.

Every vendor client is built once and cached; the wrappers in ``app.llms``,
``app.embeddings`` and ``app.postprocessors`` pull them from here so that the
connection pools are shared.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import cohere
import voyageai
from anthropic import Anthropic, AsyncAnthropic
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from app.config import TOGETHER_BASE_URL, get_config

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    cfg = get_config()
    return OpenAI(api_key=cfg.openai_api_key, timeout=cfg.http_timeout, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    cfg = get_config()
    return AsyncOpenAI(api_key=cfg.openai_api_key, timeout=cfg.http_timeout, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    cfg = get_config()
    return Anthropic(api_key=cfg.anthropic_api_key, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> AsyncAnthropic:
    cfg = get_config()
    return AsyncAnthropic(api_key=cfg.anthropic_api_key, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    cfg = get_config()
    return cohere.ClientV2(api_key=cfg.cohere_api_key, timeout=cfg.http_timeout)


@lru_cache(maxsize=1)
def get_async_cohere_client() -> cohere.AsyncClientV2:
    cfg = get_config()
    return cohere.AsyncClientV2(api_key=cfg.cohere_api_key, timeout=cfg.http_timeout)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    cfg = get_config()
    return voyageai.Client(api_key=cfg.voyage_api_key, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_async_voyage_client() -> voyageai.AsyncClient:
    cfg = get_config()
    return voyageai.AsyncClient(api_key=cfg.voyage_api_key, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    cfg = get_config()
    return Mistral(api_key=cfg.mistral_api_key)


@lru_cache(maxsize=1)
def get_together_client() -> OpenAI:
    """Together exposes an OpenAI-compatible API, so we reuse the openai SDK."""
    cfg = get_config()
    return OpenAI(api_key=cfg.together_api_key, base_url=TOGETHER_BASE_URL, timeout=cfg.http_timeout)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    cfg = get_config()
    return Groq(api_key=cfg.groq_api_key, max_retries=cfg.max_retries)


@lru_cache(maxsize=1)
def get_async_groq_client() -> AsyncGroq:
    cfg = get_config()
    return AsyncGroq(api_key=cfg.groq_api_key, max_retries=cfg.max_retries)


def reset_clients() -> None:
    """Drop cached clients (tests, key rotation)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_cohere_client,
        get_async_cohere_client,
        get_voyage_client,
        get_async_voyage_client,
        get_mistral_client,
        get_together_client,
        get_groq_client,
        get_async_groq_client,
    ):
        getter.cache_clear()
    logger.info("sdk client cache cleared")
