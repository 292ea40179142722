"""Startup / shutdown hooks.

All long-lived clients are created in ``before_serving`` so that they bind to
the running event loop.  Where they live is, admittedly, a bit of a mix: the
openai client and the aiohttp session are attributes of the app (that is how
the Flask version did it), the rest went into ``app.extensions`` after the
migration, and Anthropic ended up in ``app.config`` because that is what the
summaries team reached for first.  See DP-412 for the cleanup ticket.
"""
from __future__ import annotations

import logging

import aiohttp
import cohere
from anthropic import AsyncAnthropic
from openai import AsyncAzureOpenAI, AsyncOpenAI
from quart import Quart
from together import AsyncTogether

from .services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


def register_lifecycle(app: Quart) -> None:
    @app.before_serving
    async def _create_clients() -> None:
        cfg = app.config
        app.openai_client = AsyncOpenAI(api_key=cfg["OPENAI_API_KEY"], max_retries=2)
        app.http_session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=cfg["REQUEST_TIMEOUT"])
        )

        app.extensions["azure_openai"] = AsyncAzureOpenAI(
            api_key=cfg["AZURE_OPENAI_API_KEY"],
            api_version=cfg["AZURE_OPENAI_API_VERSION"],
            azure_endpoint=cfg["AZURE_OPENAI_ENDPOINT"],
        )
        app.extensions["cohere"] = cohere.AsyncClientV2(api_key=cfg["COHERE_API_KEY"])
        app.extensions["together"] = AsyncTogether(api_key=cfg["TOGETHER_API_KEY"])
        app.extensions["deepseek"] = AsyncOpenAI(
            api_key=cfg["DEEPSEEK_API_KEY"],
            base_url=cfg["DEEPSEEK_BASE_URL"],
        )
        cfg["ANTHROPIC_CLIENT"] = AsyncAnthropic(api_key=cfg["ANTHROPIC_API_KEY"])

        await llm_tracker.start()
        if not app.config.get("TESTING"):
            await _warm_up(app)

    @app.after_serving
    async def _close_clients() -> None:
        await llm_tracker.flush()
        await app.http_session.close()
        await app.openai_client.close()
        await app.extensions["deepseek"].close()
        await app.extensions["azure_openai"].close()
        await app.config["ANTHROPIC_CLIENT"].close()


async def _warm_up(app: Quart) -> None:
    """List models once so misconfigured keys fail fast at boot."""
    try:
        models = await app.openai_client.models.list()
        log.info("openai ok (%d models visible)", len(models.data))
    except Exception:  # noqa: BLE001
        log.exception("openai warm-up failed; continuing")
