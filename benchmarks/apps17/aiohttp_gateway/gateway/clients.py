"""Lifecycle of the upstream clients.

Registered on the app via ``app.cleanup_ctx`` so that everything is closed
in reverse order on shutdown.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import AsyncIterator

import aiohttp
import cohere
from aiohttp import web
from google import genai
from google.genai import types as genai_types
from groq import AsyncGroq, Groq

from gateway import appkeys
from gateway.config import get_settings
from gateway.providers.openai_compat import make_deepseek_client, make_fireworks_client

log = logging.getLogger(__name__)


async def http_session(app: web.Application) -> AsyncIterator[None]:
    settings = app[appkeys.SETTINGS]
    timeout = aiohttp.ClientTimeout(total=settings.request_timeout, sock_connect=10)
    connector = aiohttp.TCPConnector(limit=100, ttl_dns_cache=300)
    session = aiohttp.ClientSession(timeout=timeout, connector=connector, raise_for_status=False)
    app[appkeys.HTTP] = session
    yield
    await session.close()


async def model_clients(app: web.Application) -> AsyncIterator[None]:
    settings = app[appkeys.SETTINGS]

    gemini = genai.Client(
        api_key=settings.gemini_api_key,
        http_options=genai_types.HttpOptions(timeout=int(settings.request_timeout * 1000)),
    )
    app[appkeys.GEMINI] = gemini
    app[appkeys.GROQ] = AsyncGroq(api_key=settings.groq_api_key, max_retries=2)
    app[appkeys.COHERE] = cohere.AsyncClientV2(api_key=settings.cohere_api_key, timeout=settings.request_timeout)
    app[appkeys.FIREWORKS] = make_fireworks_client(settings)
    app[appkeys.DEEPSEEK] = make_deepseek_client(settings)
    log.info("model clients ready")

    yield

    await app[appkeys.GROQ].close()
    await app[appkeys.FIREWORKS].close()
    await app[appkeys.DEEPSEEK].close()
    await gemini.aio.aclose()


@lru_cache(maxsize=1)
def sync_groq() -> Groq:
    """Blocking client for jobs that run on the runner's thread pool."""
    return Groq(api_key=get_settings().groq_api_key, timeout=30.0)
