"""Shared state for the lifetime of the MCP server process."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator

import cohere
import httpx
from anthropic import AsyncAnthropic
from mcp.server.fastmcp import Context, FastMCP
from openai import AsyncOpenAI

from helix_mcp.clients import factory
from helix_mcp.config import Settings, get_settings
from helix_mcp.storage import TicketStore

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    settings: Settings
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    cohere: cohere.AsyncClientV2
    perplexity: AsyncOpenAI
    pplx_http: httpx.AsyncClient
    http: httpx.AsyncClient
    tickets: TicketStore


@asynccontextmanager
async def app_lifespan(server: FastMCP) -> AsyncIterator[AppContext]:
    settings = get_settings()
    app = AppContext(
        settings=settings,
        openai=factory.build_async_openai(settings),
        anthropic=factory.build_async_anthropic(settings),
        cohere=factory.build_async_cohere(settings),
        perplexity=factory.build_perplexity(settings),
        pplx_http=factory.build_perplexity_http(settings),
        http=factory.build_internal_http(settings),
        tickets=TicketStore(settings.tickets_db_path),
    )
    if not settings.is_dev:
        # Fail at startup on a revoked key instead of on the first tool call.
        models = await app.openai.models.list()
        log.info("openai key ok (%d models visible)", len(models.data))
    log.info("helix lifespan started (%s)", settings.environment)
    try:
        yield app
    finally:
        await app.pplx_http.aclose()
        await app.http.aclose()
        await app.openai.close()
        await app.perplexity.close()
        await app.anthropic.close()
        app.tickets.close()
        log.info("helix lifespan stopped")


def get_app(ctx: Context) -> AppContext:
    return ctx.request_context.lifespan_context
