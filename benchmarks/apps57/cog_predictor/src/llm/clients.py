"""Client factories for every hosted provider we talk to.

Clients are cached per-process: Cog calls ``setup()`` once, but the helpers in
``src/agents`` may also ask for a client lazily (e.g. from the training path),
so we keep a single instance around.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import httpx
import replicate
import voyageai
from openai import AsyncOpenAI, OpenAI

from src.config import get_settings

logger = logging.getLogger(__name__)

_HTTP_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    settings = get_settings()
    return OpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.request_timeout,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.request_timeout,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_fireworks() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol; we just point the SDK at it."""
    settings = get_settings()
    return OpenAI(
        api_key=settings.fireworks_api_key,
        base_url=settings.fireworks_base_url,
        timeout=settings.request_timeout,
        http_client=httpx.Client(limits=_HTTP_LIMITS),
    )


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    settings = get_settings()
    return replicate.Client(api_token=settings.replicate_api_token, timeout=120)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    settings = get_settings()
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3)


def make_fireworks_client(api_key: str, *, base_url: str | None = None) -> OpenAI:
    """Uncached variant used by train.py, which receives the key as a Secret input."""
    return OpenAI(api_key=api_key, base_url=base_url or get_settings().fireworks_base_url)


def warm_all() -> dict[str, bool]:
    """Instantiate every client so import/config errors surface in setup()."""
    status: dict[str, bool] = {}
    for name, factory in (
        ("openai", get_openai),
        ("anthropic", get_anthropic),
        ("fireworks", get_fireworks),
        ("replicate", get_replicate),
        ("voyage", get_voyage),
    ):
        try:
            factory()
            status[name] = True
        except Exception:  # noqa: BLE001 - we only log here
            logger.exception("could not construct %s client", name)
            status[name] = False
    return status


def clear_client_cache() -> None:
    for fn in (get_openai, get_async_openai, get_anthropic, get_async_anthropic,
               get_fireworks, get_replicate, get_voyage):
        fn.cache_clear()
