"""Worker startup/shutdown: build provider clients once per worker process and keep them
on ``broker.state`` so tasks can pull them through ``Context`` / ``TaskiqDepends``.
"""

from __future__ import annotations

import logging

import cohere
import httpx
import replicate
import voyageai
from anthropic import AsyncAnthropic
from groq import AsyncGroq
from openai import AsyncOpenAI
from taskiq import TaskiqEvents, TaskiqState

from app.config import get_settings
from app.services.content_store import ContentStore
from workers.broker import broker

logger = logging.getLogger(__name__)


@broker.on_event(TaskiqEvents.WORKER_STARTUP)
async def setup_clients(state: TaskiqState) -> None:
    s = get_settings()
    timeout = httpx.Timeout(60.0, connect=5.0)

    state.openai = AsyncOpenAI(api_key=s.openai_api_key, timeout=timeout, max_retries=2)
    state.anthropic = AsyncAnthropic(api_key=s.anthropic_api_key, timeout=timeout, max_retries=2)
    state.cohere = cohere.AsyncClientV2(api_key=s.cohere_api_key, timeout=30)
    state.voyage = voyageai.AsyncClient(api_key=s.voyage_api_key, max_retries=3)
    state.groq = AsyncGroq(api_key=s.groq_api_key, max_retries=1)
    # DeepSeek speaks the OpenAI protocol; we use it for translations and cheap drafts.
    state.deepseek = AsyncOpenAI(
        api_key=s.deepseek_api_key,
        base_url=s.deepseek_base_url,
        timeout=httpx.Timeout(120.0, connect=5.0),
    )
    state.replicate = replicate.Client(api_token=s.replicate_api_token, timeout=300)
    state.http = httpx.AsyncClient(timeout=timeout)
    logger.info("provider clients ready (env=%s)", s.env)


@broker.on_event(TaskiqEvents.WORKER_STARTUP)
async def setup_storage(state: TaskiqState) -> None:
    s = get_settings()
    state.store = ContentStore.from_url(s.database_url)
    state.settings = s


@broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
async def teardown(state: TaskiqState) -> None:
    for name in ("openai", "anthropic", "groq", "deepseek"):
        client = getattr(state, name, None)
        if client is not None:
            await client.close()
    if getattr(state, "http", None) is not None:
        await state.http.aclose()
    if getattr(state, "store", None) is not None:
        await state.store.close()
