"""Process-wide LLM clients.

Two flavours live here, for historical reasons:

* clients built by ``CoreConfig.ready()`` and kept on the app config
  (openai, anthropic) -- ``openai_client()`` / ``anthropic_client()`` are
  thin accessors so callers don't need to know that;
* lazily-built, cached clients for everything added later (gemini,
  replicate, xai). ``bedrock_runtime`` is assigned by ``ready()`` as a
  module attribute.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import replicate
from django.apps import apps
from django.conf import settings
from google import genai
from google.genai import types as genai_types
from xai_sdk import Client as XAIClient

# Set by CoreConfig.ready(); None in management shells with LLM_ENABLED=False.
bedrock_runtime = None

_xai_lock = threading.Lock()
_xai_client: XAIClient | None = None


def openai_client():
    return apps.get_app_config("core").openai


def async_openai_client():
    return apps.get_app_config("core").async_openai


def anthropic_client():
    return apps.get_app_config("core").anthropic


def get_bedrock():
    if bedrock_runtime is None:
        raise RuntimeError("bedrock runtime client not initialised (is LLM_ENABLED off?)")
    return bedrock_runtime


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(
        api_key=settings.GEMINI_API_KEY,
        http_options=genai_types.HttpOptions(timeout=60_000),
    )


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=settings.REPLICATE_API_TOKEN, timeout=120)


def xai() -> XAIClient:
    """xai-sdk opens a gRPC channel, so build it once and share it."""
    global _xai_client
    if _xai_client is None:
        with _xai_lock:
            if _xai_client is None:
                _xai_client = XAIClient(api_key=settings.XAI_API_KEY, timeout=60)
    return _xai_client


def gemini_embed(texts: list[str], *, task_type: str = "RETRIEVAL_DOCUMENT") -> list[list[float]]:
    """Fallback embeddings when Voyage is rate limiting us."""
    result = get_genai_client().models.embed_content(
        model="text-embedding-004",
        contents=texts,
        config=genai_types.EmbedContentConfig(
            task_type=task_type,
            output_dimensionality=settings.EMBEDDING_DIMENSIONS,
        ),
    )
    return [e.values for e in result.embeddings]


def reset_clients_for_tests() -> None:
    global _xai_client, bedrock_runtime
    get_genai_client.cache_clear()
    get_replicate.cache_clear()
    _xai_client = None
    bedrock_runtime = None
