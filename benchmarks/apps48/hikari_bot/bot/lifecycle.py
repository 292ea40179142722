"""Start-up / shutdown wiring.

Everything long-lived goes into ``bot.d`` so plugins can reach it via
``ctx.bot.d.<name>`` without importing globals.
"""
from __future__ import annotations

import logging

import aiohttp
import hikari

from bot.config import settings
from bot.llm import clients
from bot.llm.registry import ProviderRegistry
from bot.services.knowledge import KnowledgeBase
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.multi_model_service import multi_model_service
from bot.tasks.scheduler import start_background_jobs
from bot.utils.cache import TTLCache

log = logging.getLogger(__name__)


async def on_starting(event: hikari.StartingEvent) -> None:
    bot = event.app
    log.info("wiring datastore")

    bot.d.settings = settings
    bot.d.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))

    # raw SDK clients -- plugins still use these directly in a few places
    bot.d.openai = clients.get_async_openai()
    bot.d.anthropic = clients.make_async_anthropic()
    bot.d.genai = clients.get_genai_client()
    bot.d.groq = clients.make_async_groq()
    bot.d.cohere = clients.make_async_cohere()

    bot.d.providers = ProviderRegistry.from_settings(settings)
    multi_model_service.bind(bot.d.providers)
    bot.d.knowledge = KnowledgeBase(bot.d.cohere, model=settings.embed_model)
    bot.d.answer_cache = TTLCache(ttl=600, maxsize=512)
    bot.d.tracker = llm_tracker

    try:
        await bot.d.knowledge.load("data/knowledge.jsonl")
    except FileNotFoundError:
        log.warning("no knowledge base file, /search will be empty")

    bot.d.jobs = start_background_jobs(bot)


async def on_stopping(event: hikari.StoppingEvent) -> None:
    bot = event.app
    for job in bot.d.jobs:
        job.cancel()
    await bot.d.http.close()
    await bot.d.openai.close()
    await bot.d.anthropic.close()
    await bot.d.groq.close()
    await llm_tracker.flush()
