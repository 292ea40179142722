"""Factories for every outbound vendor client.

Listeners call the ``make_*`` functions once per worker and hang the results
on ``app.ctx``; the worker process and scripts use the same factories (or the
cached sync getters at the bottom) so timeouts/keys stay consistent.
"""
from __future__ import annotations

from functools import lru_cache

import httpx
from anthropic import Anthropic, AsyncAnthropic
from cerebras.cloud.sdk import AsyncCerebras
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether

from .config import Settings, settings as default_settings

CEREBRAS_OPENAI_BASE_URL = "https://api.cerebras.ai/v1"
ANTHROPIC_API_BASE = "https://api.anthropic.com"
ANTHROPIC_VERSION = "2023-06-01"


def make_openai(cfg: Settings | None = None) -> AsyncOpenAI:
    cfg = cfg or default_settings
    return AsyncOpenAI(
        api_key=cfg.openai_api_key,
        organization=cfg.openai_org,
        timeout=cfg.llm_timeout,
        max_retries=2,
    )


def make_anthropic(cfg: Settings | None = None) -> AsyncAnthropic:
    cfg = cfg or default_settings
    return AsyncAnthropic(api_key=cfg.anthropic_api_key, timeout=cfg.llm_timeout, max_retries=2)


def make_groq(cfg: Settings | None = None) -> AsyncGroq:
    cfg = cfg or default_settings
    return AsyncGroq(api_key=cfg.groq_api_key, timeout=cfg.llm_timeout)


def make_cerebras(cfg: Settings | None = None) -> AsyncCerebras:
    cfg = cfg or default_settings
    # warm_tcp_connection does a GET on startup; we don't want that in every worker
    return AsyncCerebras(api_key=cfg.cerebras_api_key, timeout=cfg.llm_timeout, warm_tcp_connection=False)


def make_cerebras_compat(cfg: Settings | None = None) -> AsyncOpenAI:
    """Cerebras through the OpenAI SDK.

    The worker was written before we added cerebras-cloud-sdk to the deps and
    still uses this. Same API, same key.
    """
    cfg = cfg or default_settings
    return AsyncOpenAI(base_url=CEREBRAS_OPENAI_BASE_URL, api_key=cfg.cerebras_api_key, timeout=cfg.llm_timeout)


def make_together(cfg: Settings | None = None) -> AsyncTogether:
    cfg = cfg or default_settings
    return AsyncTogether(api_key=cfg.together_api_key, timeout=cfg.llm_timeout)


def make_anthropic_http(cfg: Settings | None = None) -> httpx.AsyncClient:
    """Bare httpx client pointed at the Anthropic API.

    Used by services.http_llm for the prompt-caching experiments, where we
    want the raw JSON back without the SDK's models in the way.
    """
    cfg = cfg or default_settings
    return httpx.AsyncClient(
        base_url=ANTHROPIC_API_BASE,
        headers={
            "x-api-key": cfg.anthropic_api_key,
            "anthropic-version": ANTHROPIC_VERSION,
            "content-type": "application/json",
        },
        timeout=httpx.Timeout(cfg.llm_timeout, connect=5.0),
    )


def make_http(cfg: Settings | None = None) -> httpx.AsyncClient:
    """Generic outbound client (webhooks, status pages, ...)."""
    return httpx.AsyncClient(timeout=10.0, follow_redirects=True)


# --- sync, process-wide ----------------------------------------------------
# Scripts and the legacy module are sync; they share one client per process.

@lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    return OpenAI(api_key=default_settings.openai_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_sync_anthropic() -> Anthropic:
    return Anthropic(api_key=default_settings.anthropic_api_key, max_retries=3)
