"""Provider clients.

Everything that needs an SDK client should get it from here so we only build one
connection pool per provider. (The older cogs still use ``bot.openai`` / ``bot.anthropic``
that ``LumenBot.setup_hook`` creates; those will move over here eventually.)
"""
from __future__ import annotations

import functools
import logging
from typing import Optional

import httpx
import ollama
import replicate
from anthropic import AsyncAnthropic
from groq import AsyncGroq
from openai import AsyncOpenAI

from bot.config import settings

log = logging.getLogger(__name__)

_TIMEOUT = httpx.Timeout(settings.request_timeout, connect=10.0)


class MissingCredentials(RuntimeError):
    def __init__(self, provider: str, env_var: str) -> None:
        super().__init__(f"{provider} is not configured (set {env_var})")
        self.provider = provider


@functools.lru_cache(maxsize=None)
def get_openai() -> AsyncOpenAI:
    if not settings.openai_api_key:
        raise MissingCredentials("openai", "OPENAI_API_KEY")
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_anthropic() -> AsyncAnthropic:
    if not settings.anthropic_api_key:
        raise MissingCredentials("anthropic", "ANTHROPIC_API_KEY")
    return AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_groq() -> AsyncGroq:
    if not settings.groq_api_key:
        raise MissingCredentials("groq", "GROQ_API_KEY")
    return AsyncGroq(api_key=settings.groq_api_key, timeout=_TIMEOUT, max_retries=1)


@functools.lru_cache(maxsize=None)
def get_replicate() -> replicate.Client:
    if not settings.replicate_api_token:
        raise MissingCredentials("replicate", "REPLICATE_API_TOKEN")
    return replicate.Client(api_token=settings.replicate_api_token, timeout=httpx.Timeout(120.0))


@functools.lru_cache(maxsize=None)
def get_ollama(host: Optional[str] = None) -> ollama.AsyncClient:
    # the self-hosted box is on the tailnet; no auth, but it can be slow to wake up
    return ollama.AsyncClient(host=host or settings.ollama_host, timeout=120)


def available_providers() -> list[str]:
    names = []
    if settings.openai_api_key:
        names.append("openai")
    if settings.anthropic_api_key:
        names.append("anthropic")
    if settings.groq_api_key:
        names.append("groq")
    names.append("ollama")
    return names


async def close_all() -> None:
    """Close whatever clients were actually created."""
    for getter in (get_openai, get_anthropic, get_groq):
        if getter.cache_info().currsize:
            try:
                await getter().close()
            except Exception:  # pragma: no cover - best effort on shutdown
                log.exception("error closing %s", getter.__name__)
