"""Enqueue API: `uvicorn docintel.api.app:app`.

Mostly a thin shim in front of ARQ; a couple of latency-sensitive endpoints call
providers inline instead of round-tripping through the queue.
"""
from __future__ import annotations

from contextlib import asynccontextmanager

import asyncpg
from arq import create_pool
from arq.connections import RedisSettings
from fastapi import FastAPI

from docintel.api.routes import router
from docintel.config import get_settings
from docintel.providers import make_cohere_client, make_openai_client
from docintel.services.classifier import DocumentClassifier
from docintel.services.repository import DocumentRepository


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    app.state.settings = settings
    app.state.arq = await create_pool(RedisSettings.from_dsn(settings.redis_url))
    app.state.db = await asyncpg.create_pool(settings.database_url, min_size=1, max_size=5)
    app.state.repo = DocumentRepository(app.state.db)
    app.state.openai = make_openai_client(settings)
    app.state.cohere = make_cohere_client(settings)
    app.state.classifier = DocumentClassifier(app.state.openai, model="gpt-4.1-nano")
    try:
        yield
    finally:
        await app.state.openai.close()
        await app.state.arq.aclose()
        await app.state.db.close()


app = FastAPI(title="DocIntel enqueue API", version="0.14.2", lifespan=lifespan)
app.include_router(router)


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}
