"""FastAPI application. Run with ``uvicorn app.api.main:app``."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

import cohere
from anthropic import AsyncAnthropic
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from openai import AsyncOpenAI

from app import __version__
from app.bootstrap import configure
from app.config import get_config
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    cfg = get_config()
    logging.basicConfig(level=cfg.log_level)
    configure(cfg)

    # request-scoped async clients live on app.state; routes reach them via request.app.state
    app.state.openai = AsyncOpenAI(api_key=cfg.openai_api_key, timeout=cfg.http_timeout)
    app.state.anthropic = AsyncAnthropic(api_key=cfg.anthropic_api_key)
    app.state.cohere = cohere.AsyncClientV2(api_key=cfg.cohere_api_key)
    logger.info("docs-rag %s started (%s)", __version__, cfg.environment)
    try:
        yield
    finally:
        await app.state.openai.close()
        await app.state.anthropic.close()
        logger.info("usage totals at shutdown: %s", llm_tracker.totals())


app = FastAPI(title="docs-rag", version=__version__, lifespan=lifespan)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://support.internal", "http://localhost:3000"],
    allow_methods=["*"],
    allow_headers=["*"],
)

from app.api import routes_admin, routes_query  # noqa: E402

app.include_router(routes_query.router)
app.include_router(routes_admin.router, prefix="/admin")


@app.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok", "version": __version__}
