from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, Optional

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AsyncAzureOpenAI, AzureOpenAI

from app.config import Settings, get_settings

logger = logging.getLogger(__name__)

_COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"


def _auth_kwargs(settings: Settings) -> Dict[str, Any]:
    # Key auth is only used locally; in AKS we use workload identity.
    if settings.azure_openai_api_key:
        return {"api_key": settings.azure_openai_api_key}
    credential = DefaultAzureCredential(exclude_interactive_browser_credential=True)
    return {"azure_ad_token_provider": get_bearer_token_provider(credential, _COGNITIVE_SCOPE)}


def build_async_azure_client(settings: Optional[Settings] = None) -> AsyncAzureOpenAI:
    settings = settings or get_settings()
    logger.info("azure openai client -> %s (api %s)", settings.azure_openai_endpoint, settings.azure_openai_api_version)
    return AsyncAzureOpenAI(
        azure_endpoint=settings.azure_openai_endpoint,
        api_version=settings.azure_openai_api_version,
        max_retries=3,
        timeout=90.0,
        **_auth_kwargs(settings),
    )


@lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    settings = get_settings()
    return AzureOpenAI(
        azure_endpoint=settings.azure_openai_endpoint,
        api_version=settings.azure_openai_api_version,
        max_retries=3,
        timeout=120.0,
        **_auth_kwargs(settings),
    )


@lru_cache(maxsize=1)
def get_async_azure_openai() -> AsyncAzureOpenAI:
    """Process-wide async client for code that has no access to app.state (worker, scripts)."""
    return build_async_azure_client()
