"""Shared SDK clients.

The action server is one long-lived process, so we build the HTTP clients once
at import time and reuse the connection pools across actions.

NOTE(ana, 2024-05): new code should prefer ``llm.provider.provider`` which is
lazy and easier to patch in tests. This module stays until every action is
migrated (see BOT-812).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

import cohere
import ollama
from anthropic import Anthropic, AsyncAnthropic
from google import genai
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from llm.config import get_settings

logger = logging.getLogger(__name__)

_settings = get_settings()

openai_client = OpenAI(
    api_key=_settings.openai_api_key,
    base_url=_settings.openai_base_url,
    timeout=_settings.request_timeout,
    max_retries=_settings.max_retries,
)

async_openai_client = AsyncOpenAI(
    api_key=_settings.openai_api_key,
    base_url=_settings.openai_base_url,
    timeout=_settings.request_timeout,
    max_retries=_settings.max_retries,
)

anthropic_client = Anthropic(
    api_key=_settings.anthropic_api_key,
    timeout=_settings.request_timeout,
    max_retries=_settings.max_retries,
)

async_anthropic_client = AsyncAnthropic(
    api_key=_settings.anthropic_api_key,
    timeout=_settings.request_timeout,
)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_settings.cohere_api_key, timeout=_settings.request_timeout)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=_settings.google_api_key)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_settings.mistral_api_key, timeout_ms=int(_settings.request_timeout * 1000))


@lru_cache(maxsize=4)
def get_hf_client(model: Optional[str] = None) -> InferenceClient:
    return InferenceClient(
        model=model or _settings.model_for("huggingface"),
        token=_settings.hf_token,
        timeout=_settings.request_timeout,
    )


_ollama_client: Optional[ollama.Client] = None


def get_ollama_client() -> ollama.Client:
    global _ollama_client
    if _ollama_client is None:
        logger.info("connecting to ollama at %s", _settings.ollama_host)
        _ollama_client = ollama.Client(host=_settings.ollama_host, timeout=_settings.request_timeout)
    return _ollama_client
