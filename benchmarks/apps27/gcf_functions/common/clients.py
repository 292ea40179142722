"""Global SDK clients, created lazily.

Cloud Functions keeps module globals alive between invocations on a warm
instance, so we build each client at most once per instance. Do NOT build
them at import time: cold starts for functions that never touch a given
provider would pay for it (and fail if that secret isn't mounted).
"""
from __future__ import annotations

import functools
import logging
import threading

import cohere
from anthropic import AnthropicVertex
from google import genai
from google.genai import types as genai_types
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from common.config import get_settings
from common.secrets import Secrets

log = logging.getLogger(__name__)

_lock = threading.Lock()

_genai_client: genai.Client | None = None
_anthropic_client: AnthropicVertex | None = None
_mistral_client: Mistral | None = None


def get_genai_client() -> genai.Client:
    """google-genai in Vertex AI mode (uses the function's service account)."""
    global _genai_client
    if _genai_client is None:
        with _lock:
            if _genai_client is None:
                settings = get_settings()
                _genai_client = genai.Client(
                    vertexai=True,
                    project=settings.project_id,
                    location=settings.vertex_location,
                    http_options=genai_types.HttpOptions(api_version="v1", timeout=60_000),
                )
                log.info("genai client ready (%s)", settings.vertex_location)
    return _genai_client


def get_anthropic_client() -> AnthropicVertex:
    global _anthropic_client
    if _anthropic_client is None:
        with _lock:
            if _anthropic_client is None:
                settings = get_settings()
                _anthropic_client = AnthropicVertex(
                    region=settings.claude_region,
                    project_id=settings.project_id,
                    max_retries=3,
                )
    return _anthropic_client


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=Secrets.get("openai-api-key"), timeout=45.0, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=Secrets.get("openai-api-key"), timeout=45.0)


def get_mistral_client() -> Mistral:
    global _mistral_client
    if _mistral_client is None:
        _mistral_client = Mistral(api_key=Secrets.get("mistral-api-key"))
    return _mistral_client


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=Secrets.get("cohere-api-key"), timeout=30)


@functools.lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    # DeepSeek speaks the OpenAI wire protocol; only the base_url and key differ.
    settings = get_settings()
    return OpenAI(
        api_key=Secrets.get("deepseek-api-key"),
        base_url=settings.deepseek_base_url,
        timeout=120.0,  # deepseek-reasoner can be slow
    )


def reset_clients() -> None:
    """Used by tests to drop cached clients between cases."""
    global _genai_client, _anthropic_client, _mistral_client
    _genai_client = None
    _anthropic_client = None
    _mistral_client = None
    get_openai_client.cache_clear()
    get_async_openai_client.cache_clear()
    get_cohere_client.cache_clear()
    get_deepseek_client.cache_clear()
