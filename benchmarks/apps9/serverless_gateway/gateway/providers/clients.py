"""Client factories.

SDK clients are expensive-ish to build (httpx pools, TLS) and safe to share,
so everything in the gateway gets its clients from here. Inside Modal
containers these are called from ``@modal.enter()`` hooks so the pool is
created once per container, not per request.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Dict

import httpx
from anthropic import Anthropic, AsyncAnthropic
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether, Together

from gateway.config import get_settings

SAMBANOVA_BASE_URL = "https://api.sambanova.ai/v1"
FIREWORKS_OPENAI_BASE_URL = "https://api.fireworks.ai/inference/v1"

_LIMITS = httpx.Limits(max_connections=200, max_keepalive_connections=50)


def _timeout() -> httpx.Timeout:
    s = get_settings()
    return httpx.Timeout(s.request_timeout_s, connect=5.0)


@lru_cache(maxsize=1)
def openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, max_retries=s.max_retries)


@lru_cache(maxsize=1)
def async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=_timeout(),
        max_retries=s.max_retries,
        http_client=httpx.AsyncClient(limits=_LIMITS),
    )


@lru_cache(maxsize=1)
def anthropic_client() -> Anthropic:
    return Anthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def async_anthropic_client() -> AsyncAnthropic:
    s = get_settings()
    return AsyncAnthropic(api_key=s.anthropic_api_key, timeout=_timeout(), max_retries=s.max_retries)


@lru_cache(maxsize=1)
def together_client() -> Together:
    return Together(api_key=get_settings().together_api_key)


@lru_cache(maxsize=1)
def async_together_client() -> AsyncTogether:
    s = get_settings()
    return AsyncTogether(api_key=s.together_api_key, timeout=s.request_timeout_s, max_retries=s.max_retries)


@lru_cache(maxsize=1)
def cerebras_client() -> Cerebras:
    return Cerebras(api_key=get_settings().cerebras_api_key)


@lru_cache(maxsize=1)
def async_cerebras_client() -> AsyncCerebras:
    s = get_settings()
    # warm_tcp_connection=False: Modal containers start cold anyway and the
    # warm-up request just adds to boot time.
    return AsyncCerebras(
        api_key=s.cerebras_api_key,
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
        warm_tcp_connection=False,
    )


@lru_cache(maxsize=1)
def sambanova_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        base_url=SAMBANOVA_BASE_URL,
        api_key=s.sambanova_api_key,
        timeout=_timeout(),
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=1)
def fireworks_openai_compat() -> OpenAI:
    """Fireworks through the OpenAI SDK.

    Predates the move to the native ``fireworks`` SDK (see providers/fireworks.py);
    still used by the nightly evals and a couple of scripts.
    """
    return OpenAI(base_url=FIREWORKS_OPENAI_BASE_URL, api_key=get_settings().fireworks_api_key)


@lru_cache(maxsize=16)
def vllm_client(deployment: str) -> AsyncOpenAI:
    """Client for one of our self-hosted vLLM deployments (OpenAI-compatible server)."""
    s = get_settings()
    try:
        base_url = s.vllm_endpoints[deployment]
    except KeyError:
        raise LookupError(f"no vLLM endpoint configured for deployment {deployment!r}") from None
    return AsyncOpenAI(base_url=base_url, api_key=s.vllm_api_key, timeout=_timeout(), max_retries=0)


CLIENT_FACTORIES: Dict[str, Callable[[], Any]] = {
    "openai": async_openai_client,
    "anthropic": async_anthropic_client,
    "together": async_together_client,
    "cerebras": async_cerebras_client,
    "sambanova": sambanova_client,
}


def build_client(provider: str) -> Any:
    """Async client for ``provider``; ``vllm:<deployment>`` for self-hosted models."""
    if provider.startswith("vllm:"):
        return vllm_client(provider.split(":", 1)[1])
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise LookupError(f"unknown provider {provider!r}") from None
    return factory()
