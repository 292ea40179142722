"""Builders for the SDK clients held in the server's lifespan context.

Nothing here talks to the network; the clients connect lazily on first use.
"""
from __future__ import annotations

from typing import Optional

import cohere
import httpx
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI, OpenAI
from pydantic import SecretStr

from helix_mcp import __version__
from helix_mcp.config import Settings
from helix_mcp.errors import ConfigError

PERPLEXITY_API_BASE = "https://api.perplexity.ai"
USER_AGENT = f"helix-mcp/{__version__}"


def _secret(value: Optional[SecretStr], env_name: str) -> str:
    if value is None:
        raise ConfigError(f"{env_name} is not set")
    return value.get_secret_value()


def build_async_openai(settings: Settings) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=_secret(settings.openai_api_key, "OPENAI_API_KEY"),
        organization=settings.openai_org,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
        default_headers={"User-Agent": USER_AGENT},
    )


def build_openai(settings: Settings) -> OpenAI:
    return OpenAI(
        api_key=_secret(settings.openai_api_key, "OPENAI_API_KEY"),
        organization=settings.openai_org,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


def build_async_anthropic(settings: Settings) -> AsyncAnthropic:
    return AsyncAnthropic(
        api_key=_secret(settings.anthropic_api_key, "ANTHROPIC_API_KEY"),
        timeout=settings.request_timeout * 2,  # long reviews stream for a while
        max_retries=settings.max_retries,
    )


def build_async_cohere(settings: Settings) -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(
        api_key=_secret(settings.cohere_api_key, "CO_API_KEY"),
        client_name="helix-mcp",
        timeout=settings.request_timeout,
    )


def build_cohere(settings: Settings) -> cohere.ClientV2:
    return cohere.ClientV2(
        api_key=_secret(settings.cohere_api_key, "CO_API_KEY"),
        client_name="helix-mcp-cli",
        timeout=settings.request_timeout,
    )


def build_perplexity(settings: Settings) -> AsyncOpenAI:
    # Perplexity's chat endpoint is OpenAI-compatible, so we reuse the SDK
    # (retries, timeouts, typed responses) and only swap the host.
    return AsyncOpenAI(
        api_key=_secret(settings.perplexity_api_key, "PPLX_API_KEY"),
        base_url="https://api.perplexity.ai",
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


def build_perplexity_http(settings: Settings) -> httpx.AsyncClient:
    """Raw client for the endpoints/fields the OpenAI SDK doesn't model well
    (deep research runs for minutes and returns ``search_results``)."""
    return httpx.AsyncClient(
        base_url=PERPLEXITY_API_BASE,
        headers={
            "Authorization": f"Bearer {_secret(settings.perplexity_api_key, 'PPLX_API_KEY')}",
            "User-Agent": USER_AGENT,
        },
        timeout=httpx.Timeout(settings.request_timeout * 5, connect=10.0),
    )


def build_internal_http(settings: Settings) -> httpx.AsyncClient:
    headers = {"User-Agent": USER_AGENT}
    if settings.incident_api_token is not None:
        headers["Authorization"] = f"Token {settings.incident_api_token.get_secret_value()}"
    return httpx.AsyncClient(headers=headers, timeout=httpx.Timeout(15.0, connect=5.0))
