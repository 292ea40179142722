"""Server lifecycle: create vendor clients once per worker, close them on stop."""
from __future__ import annotations

import logging

from redis import asyncio as aioredis
from sanic import Sanic
from tortoise import Tortoise

from . import clients
from .services.knowledge import KnowledgeBase
from .services.multi_model_service import multi_model_service
from .services.reply_drafter import ReplyDrafter
from .services.router import ProviderRegistry
from .services.triage import TicketTriager

log = logging.getLogger(__name__)


def register_listeners(app: Sanic) -> None:
    @app.before_server_start
    async def setup_db(app: Sanic):
        cfg = app.config.SETTINGS
        await Tortoise.init(db_url=cfg.database_url, modules={"models": ["assistant.models"]})
        app.ctx.redis = aioredis.from_url(cfg.redis_url)

    @app.before_server_start
    async def setup_llm_clients(app: Sanic):
        cfg = app.config.SETTINGS
        app.ctx.openai = clients.make_openai(cfg)
        app.ctx.anthropic = clients.make_anthropic(cfg)
        app.ctx.groq = clients.make_groq(cfg)
        app.ctx.cerebras = clients.make_cerebras(cfg)
        app.ctx.together = clients.make_together(cfg)
        app.ctx.anthropic_http = clients.make_anthropic_http(cfg)
        app.ctx.http = clients.make_http(cfg)

        # higher-level services that hold on to the clients
        app.ctx.llm = ProviderRegistry(app.ctx)
        app.ctx.kb = KnowledgeBase(app.ctx.together, app.ctx.redis, openai=app.ctx.openai)
        app.ctx.triager = TicketTriager(app.ctx.groq, model=cfg.groq_model)
        app.ctx.drafter = ReplyDrafter(app.ctx.anthropic, app.ctx.kb, model=cfg.claude_model)
        multi_model_service.bind(app.ctx)
        log.info("llm clients ready: %s", ", ".join(app.ctx.llm.available()))

    @app.after_server_stop
    async def close_clients(app: Sanic):
        for name in ("openai", "anthropic", "groq", "cerebras", "together"):
            client = getattr(app.ctx, name, None)
            if client is not None:
                await client.close()
        await app.ctx.anthropic_http.aclose()
        await app.ctx.http.aclose()
        await app.ctx.redis.aclose()
        await Tortoise.close_connections()
