"""Typed accessors for the ARQ job context.

ARQ hands every job a plain dict. These helpers give us one place to look things up
(and a nicer error than KeyError when on_startup forgot something).
"""
from __future__ import annotations

import asyncio
import random
from typing import Any, Awaitable, Callable, TypeVar

import cohere
import httpx
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from docintel.config import Settings
from docintel.providers.registry import ProviderBundle
from docintel.services.repository import DocumentRepository

T = TypeVar("T")

JobContext = dict[str, Any]


def _require(ctx: JobContext, key: str):
    try:
        return ctx[key]
    except KeyError:
        raise RuntimeError(f"ctx[{key!r}] missing — check WorkerSettings.on_startup") from None


def settings_of(ctx: JobContext) -> Settings:
    return _require(ctx, "settings")


def openai_client(ctx: JobContext) -> AsyncOpenAI:
    return _require(ctx, "openai")


def anthropic_client(ctx: JobContext) -> AsyncAnthropic:
    return _require(ctx, "anthropic")


def cohere_client(ctx: JobContext) -> cohere.AsyncClientV2:
    return providers_of(ctx).cohere


def providers_of(ctx: JobContext) -> ProviderBundle:
    return _require(ctx, "providers")


def repo_of(ctx: JobContext) -> DocumentRepository:
    return _require(ctx, "repo")


def http_of(ctx: JobContext) -> httpx.AsyncClient:
    return _require(ctx, "http")


def chat_client_for_tenant(ctx: JobContext, region: str) -> AsyncOpenAI:
    return providers_of(ctx).chat_client_for(region)


async def with_backoff(
    fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 4, **kwargs: Any
) -> T:
    """Retry transient provider errors (429/5xx) with jittered exponential backoff."""
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # provider SDKs all raise different things
            status = getattr(exc, "status_code", None)
            if attempt == attempts or (status is not None and status < 429):
                raise
            await asyncio.sleep(delay + random.random())
            delay *= 2
    raise AssertionError("unreachable")
