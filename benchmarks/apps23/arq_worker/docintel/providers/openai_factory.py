"""OpenAI and Azure OpenAI client construction.

Everything that needs an OpenAI client should get it from here so that timeouts,
retries and the org header stay consistent between the worker and the API.
"""
from __future__ import annotations

from functools import lru_cache

import httpx
from openai import AsyncAzureOpenAI, AsyncOpenAI, OpenAI

from docintel.config import Settings, get_settings

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def make_openai_client(settings: Settings | None = None) -> AsyncOpenAI:
    settings = settings or get_settings()
    return AsyncOpenAI(
        api_key=settings.openai_api_key.get_secret_value(),
        organization=settings.openai_org,
        timeout=DEFAULT_TIMEOUT,
        max_retries=3,
    )


def make_azure_openai_client(settings: Settings | None = None) -> AsyncAzureOpenAI:
    """EU tenants must stay on the Azure deployment (data residency)."""
    settings = settings or get_settings()
    return AsyncAzureOpenAI(
        api_key=settings.azure_openai_api_key.get_secret_value(),
        azure_endpoint=settings.azure_openai_endpoint,
        api_version=settings.azure_openai_api_version,
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    """Sync client for the legacy pipeline and thread-pool helpers."""
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key.get_secret_value(), max_retries=3)
