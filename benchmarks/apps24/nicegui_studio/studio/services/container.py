"""Module-level service container.

Clients are created once in ``app.on_startup`` (see ``main.py``) and shared by
every page, component and background job.  NiceGUI runs all handlers on the
same event loop, so the async clients are safe to share.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import replicate
import xai_sdk
from anthropic import AsyncAnthropic
from google import genai
from groq import AsyncGroq
from openai import AsyncOpenAI

from studio.config import settings

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@dataclass
class ServiceContainer:
    openai: AsyncOpenAI | None = None
    anthropic: AsyncAnthropic | None = None
    gemini: genai.Client | None = None
    groq: AsyncGroq | None = None
    deepseek: AsyncOpenAI | None = None
    replicate: replicate.Client | None = None
    xai: xai_sdk.AsyncClient | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    ready: bool = False

    def require(self, name: str) -> Any:
        client = getattr(self, name, None)
        if client is None:
            raise RuntimeError(f"{name} client is not configured (missing API key?)")
        return client


services = ServiceContainer()


def init_clients() -> ServiceContainer:
    """Build every provider client we have a key for."""
    timeout = settings.request_timeout
    if settings.openai_api_key:
        services.openai = AsyncOpenAI(api_key=settings.openai_api_key, timeout=timeout, max_retries=2)
    if settings.anthropic_api_key:
        services.anthropic = AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=timeout)
    if settings.gemini_api_key:
        services.gemini = genai.Client(api_key=settings.gemini_api_key)
    if settings.groq_api_key:
        services.groq = AsyncGroq(api_key=settings.groq_api_key, timeout=timeout)
    if settings.deepseek_api_key:
        services.deepseek = AsyncOpenAI(
            api_key=settings.deepseek_api_key,
            base_url=DEEPSEEK_BASE_URL,
            timeout=timeout,
        )
    if settings.replicate_api_token:
        services.replicate = replicate.Client(api_token=settings.replicate_api_token)
    if settings.xai_api_key:
        services.xai = xai_sdk.AsyncClient(api_key=settings.xai_api_key, timeout=timeout)
    services.ready = True
    log.info("provider clients ready: %s", configured_providers())
    return services


async def verify_clients() -> dict[str, bool]:
    """Cheap connectivity check run after startup -- only lists models."""
    status: dict[str, bool] = {}
    if services.openai is not None:
        try:
            page = await services.openai.models.list()
            status["openai"] = bool(page.data)
        except Exception:  # noqa: BLE001
            log.warning("openai model listing failed", exc_info=True)
            status["openai"] = False
    if services.anthropic is not None:
        try:
            await services.anthropic.models.list(limit=1)
            status["anthropic"] = True
        except Exception:  # noqa: BLE001
            status["anthropic"] = False
    return status


async def close_clients() -> None:
    for name in ("openai", "anthropic", "groq", "deepseek"):
        client = getattr(services, name)
        if client is not None:
            await client.close()
    services.ready = False


def configured_providers() -> list[str]:
    return [
        name
        for name in ("openai", "anthropic", "gemini", "groq", "deepseek", "replicate", "xai")
        if getattr(services, name) is not None
    ]
