"""Provider client factories.

Clients hold connection pools (and for xai_sdk a gRPC channel), so we build one per
process and hand out the same instance. Tests monkeypatch these functions.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import replicate
import xai_sdk
from fireworks import AsyncFireworks
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI
from together import AsyncTogether, Together

from shared.config import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def get_groq() -> AsyncGroq:
    s = get_settings()
    return AsyncGroq(api_key=s.groq_api_key, timeout=s.request_timeout, max_retries=2)


@lru_cache(maxsize=None)
def get_groq_sync() -> Groq:
    s = get_settings()
    return Groq(api_key=s.groq_api_key, timeout=120.0)


@lru_cache(maxsize=None)
def get_together() -> AsyncTogether:
    s = get_settings()
    return AsyncTogether(api_key=s.together_api_key, timeout=s.request_timeout)


@lru_cache(maxsize=None)
def get_together_sync() -> Together:
    return Together(api_key=get_settings().together_api_key)


@lru_cache(maxsize=None)
def get_xai() -> AsyncOpenAI:
    """Grok through xAI's OpenAI-compatible endpoint (the simple path)."""
    s = get_settings()
    return AsyncOpenAI(
        api_key=s.xai_api_key,
        base_url="https://api.x.ai/v1",
        timeout=s.request_timeout,
    )


@lru_cache(maxsize=None)
def get_grok_native() -> xai_sdk.AsyncClient:
    """Native xai_sdk client (gRPC). Needed for image.sample and the chat builder API."""
    s = get_settings()
    return xai_sdk.AsyncClient(api_key=s.xai_api_key, timeout=s.request_timeout * 2)


@lru_cache(maxsize=None)
def get_fireworks() -> AsyncFireworks:
    return AsyncFireworks(api_key=get_settings().fireworks_api_key)


@lru_cache(maxsize=None)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=get_settings().replicate_api_token)


@dataclass
class ProviderClients:
    """Bundle attached to the Discord bot as `bot.llm` so cogs don't import factories."""

    groq: AsyncGroq
    together: AsyncTogether
    xai: AsyncOpenAI
    grok: xai_sdk.AsyncClient
    fireworks: AsyncFireworks
    replicate: replicate.Client

    @classmethod
    def from_settings(cls) -> "ProviderClients":
        return cls(
            groq=get_groq(),
            together=get_together(),
            xai=get_xai(),
            grok=get_grok_native(),
            fireworks=get_fireworks(),
            replicate=get_replicate(),
        )

    async def aclose(self) -> None:
        for name in ("groq", "together", "xai", "fireworks"):
            client = getattr(self, name)
            try:
                await client.close()
            except Exception:  # pragma: no cover - best effort on shutdown
                log.debug("error closing %s client", name, exc_info=True)
