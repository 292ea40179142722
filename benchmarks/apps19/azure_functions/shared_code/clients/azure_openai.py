"""Azure OpenAI clients.

Two flavours live here:

* ``aoai_client`` - a module-level synchronous ``AzureOpenAI`` singleton.  The
  Functions Python worker keeps the module imported between invocations, so the
  underlying httpx connection pool is reused.  Built at import time because the
  constructor does no I/O.
* ``get_async_aoai_client()`` - an ``AsyncAzureOpenAI`` built lazily on first use.
  Async triggers (and Durable activities declared ``async def``) use this one.

Authentication prefers managed identity (Entra ID) and only falls back to an
API key for local development.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Callable, Optional

from openai import AsyncAzureOpenAI, AzureOpenAI

from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

_COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"


def _token_provider() -> Optional[Callable[[], str]]:
    settings = get_settings().azure_openai
    if not settings.use_managed_identity:
        return None
    try:
        from azure.identity import DefaultAzureCredential, get_bearer_token_provider
    except ImportError:  # pragma: no cover - azure-identity is in requirements.txt
        logger.warning("azure-identity not installed; falling back to API key auth")
        return None
    return get_bearer_token_provider(DefaultAzureCredential(), _COGNITIVE_SCOPE)


def _build_sync_client() -> AzureOpenAI:
    settings = get_settings().azure_openai
    token_provider = _token_provider()
    if token_provider is not None:
        return AzureOpenAI(
            azure_endpoint=settings.endpoint or "",
            api_version=settings.api_version,
            azure_ad_token_provider=token_provider,
            max_retries=3,
            timeout=get_settings().request_timeout_seconds,
        )
    return AzureOpenAI(
        azure_endpoint=settings.endpoint or "",
        api_version=settings.api_version,
        api_key=settings.api_key,
        max_retries=3,
        timeout=get_settings().request_timeout_seconds,
    )


# Module-level singleton (see module docstring).
aoai_client: AzureOpenAI = _build_sync_client()


def get_aoai_client() -> AzureOpenAI:
    """Return the process-wide synchronous Azure OpenAI client."""
    return aoai_client


_async_lock = threading.Lock()
_async_client: Optional[AsyncAzureOpenAI] = None


def get_async_aoai_client() -> AsyncAzureOpenAI:
    """Return the process-wide async client, creating it on first call."""
    global _async_client
    if _async_client is None:
        with _async_lock:
            if _async_client is None:
                settings = get_settings().azure_openai
                _async_client = AsyncAzureOpenAI(
                    azure_endpoint=settings.endpoint or "",
                    api_version=settings.api_version,
                    api_key=settings.api_key,
                    azure_ad_token_provider=None if settings.api_key else _token_provider(),
                    max_retries=3,
                )
                logger.info("Created AsyncAzureOpenAI client for %s", settings.endpoint)
    return _async_client


@lru_cache(maxsize=4)
def get_deployment_client(deployment: str) -> AzureOpenAI:
    """Client pinned to a single deployment (used by the image + embedding paths).

    With ``azure_deployment`` set, the ``model`` argument on calls is ignored by
    the service but still required by the SDK signature.
    """
    settings = get_settings().azure_openai
    return AzureOpenAI(
        azure_endpoint=settings.endpoint or "",
        azure_deployment=deployment,
        api_version=settings.api_version,
        api_key=settings.api_key,
        azure_ad_token_provider=None if settings.api_key else _token_provider(),
    )


def ping_chat_deployment() -> bool:
    """Cheap liveness probe used by the /health endpoint.

    Sends a one-token completion to the mini deployment; costs fractions of a cent.
    """
    settings = get_settings().azure_openai
    try:
        aoai_client.chat.completions.create(
            model=settings.mini_deployment,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
        return True
    except Exception:  # noqa: BLE001 - health checks must not raise
        logger.exception("Azure OpenAI ping failed")
        return False
