"""Client factories.

Every factory is safe to call on executors: clients are created lazily, once per Python
worker process, and cached at module level. Nothing here is pickled into closures; tasks
only receive the (broadcast) config dict and call the getters themselves.
"""
from __future__ import annotations

import functools
import os
import threading
from typing import Any

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from google import genai
from openai import AzureOpenAI, OpenAI
from together import Together

_lock = threading.Lock()
_openai_client: OpenAI | None = None
_anthropic_client: anthropic.Anthropic | None = None


def get_openai_client() -> OpenAI:
    """Process-wide OpenAI client (one per executor Python worker)."""
    global _openai_client
    if _openai_client is None:
        with _lock:
            if _openai_client is None:
                _openai_client = OpenAI(
                    api_key=os.environ["OPENAI_API_KEY"],
                    max_retries=5,
                    timeout=60.0,
                )
    return _openai_client


def get_anthropic_client() -> anthropic.Anthropic:
    global _anthropic_client
    if _anthropic_client is None:
        with _lock:
            if _anthropic_client is None:
                _anthropic_client = anthropic.Anthropic(max_retries=4)
    return _anthropic_client


@functools.lru_cache(maxsize=4)
def get_azure_openai_client(endpoint: str, api_version: str = "2024-06-01") -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=endpoint,
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version=api_version,
    )


@functools.lru_cache(maxsize=None)
def get_genai_client(project: str | None = None, location: str = "us-central1") -> genai.Client:
    """google-genai client; goes through Vertex AI when a project is given."""
    if project:
        return genai.Client(vertexai=True, project=project, location=location)
    return genai.Client(api_key=os.environ["GEMINI_API_KEY"])


@functools.lru_cache(maxsize=None)
def get_bedrock_runtime(region: str = "us-east-1"):
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        config=BotoConfig(retries={"max_attempts": 8, "mode": "adaptive"}, read_timeout=120),
    )


@functools.lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=os.environ["TOGETHER_API_KEY"])


@functools.lru_cache(maxsize=1)
def get_together_openai_compat() -> OpenAI:
    """Together through the OpenAI SDK; used where we need response_format/json mode."""
    return OpenAI(
        api_key=os.environ["TOGETHER_API_KEY"],
        base_url="https://api.together.xyz/v1",
    )


def client_for(provider: str, cfg: dict[str, Any]):
    """Return the provider client for a (broadcast) config dict."""
    if provider == "openai":
        return get_openai_client()
    if provider == "azure":
        return get_azure_openai_client(cfg["openai"]["azure_endpoint"], cfg["openai"]["api_version"])
    if provider == "anthropic":
        return get_anthropic_client()
    if provider == "google":
        return get_genai_client(cfg["google"].get("project"), cfg["google"].get("location", "us-central1"))
    if provider == "bedrock":
        return get_bedrock_runtime(cfg["bedrock"]["region"])
    if provider == "together":
        return get_together_client()
    raise ValueError(f"unknown provider {provider!r}")


def reset_clients() -> None:
    """Tests only: drop cached clients."""
    global _openai_client, _anthropic_client
    _openai_client = None
    _anthropic_client = None
    get_azure_openai_client.cache_clear()
    get_genai_client.cache_clear()
    get_bedrock_runtime.cache_clear()
    get_together_client.cache_clear()
    get_together_openai_compat.cache_clear()
