"""FastAPI service: triggers crews/flows and offers a few quick LLM endpoints for the UI."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import voyageai
from anthropic import AsyncAnthropic
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from openai import AsyncOpenAI

from marketcrew.config import settings
from marketcrew.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    logging.basicConfig(level=settings.log_level)
    # request-path clients live on app.state; crews/tools use marketcrew.clients getters
    app.state.openai = AsyncOpenAI(api_key=settings.openai_api_key, timeout=30.0)
    app.state.anthropic = AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=30.0)
    app.state.voyage = voyageai.AsyncClient(api_key=settings.voyage_api_key)
    app.state.jobs = {}
    logger.info("marketcrew api started (env=%s)", settings.environment)
    yield
    await app.state.openai.close()
    await app.state.anthropic.close()
    logger.info("usage totals at shutdown: %s", llm_tracker.totals())


def create_app() -> FastAPI:
    from marketcrew.api.routes import router

    app = FastAPI(title="marketcrew", version="0.9.3", lifespan=lifespan)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["http://localhost:5173", "https://marketing.example.com"],
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(router, prefix="/api")
    return app


app = create_app()
