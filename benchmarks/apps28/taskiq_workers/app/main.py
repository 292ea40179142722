"""FastAPI app: content admin API. Heavy work is kicked to the taskiq workers."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import cohere
import voyageai
from anthropic import AsyncAnthropic
from fastapi import FastAPI
from openai import AsyncOpenAI

from app.config import get_settings
from app.routers import lessons, search, tutor
from app.services.content_store import ContentStore
from workers.broker import broker

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    s = get_settings()
    app.state.openai = AsyncOpenAI(api_key=s.openai_api_key)
    app.state.anthropic = AsyncAnthropic(api_key=s.anthropic_api_key)
    app.state.voyage = voyageai.AsyncClient(api_key=s.voyage_api_key)
    app.state.cohere = cohere.AsyncClientV2(api_key=s.cohere_api_key)
    app.state.store = ContentStore.from_url(s.database_url)
    app.state.feature_flags = {"grading_v2": s.env != "prod"}

    # The API process only *sends* tasks; the worker runs this lifespan too (taskiq-fastapi)
    # and there broker.is_worker_process is True, so we must not start it twice.
    if not broker.is_worker_process:
        await broker.startup()
    yield
    if not broker.is_worker_process:
        await broker.shutdown()
    await app.state.openai.close()
    await app.state.anthropic.close()
    await app.state.store.close()


def create_app() -> FastAPI:
    app = FastAPI(title="Lumen content API", version="0.14.2", lifespan=lifespan)
    app.include_router(lessons.router)
    app.include_router(search.router)
    app.include_router(tutor.router)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
