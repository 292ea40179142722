from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from openai import AsyncOpenAI, OpenAI

from app.routes import admin, chat, refunds, tickets
from app.config import settings
from app.graphs import build_refund_graph, build_supervisor_graph, build_triage_graph
from app.graphs.checkpoint import async_checkpointer
from app.providers import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_cerebras_client,
    get_cohere_client,
    get_mistral_client,
    get_perplexity_client,
)
from app.services.llm_usage_tracker import llm_tracker
from app.tools.translation import Translator

logging.basicConfig(level=settings.log_level)
logger = logging.getLogger("custops")


@asynccontextmanager
async def lifespan(app: FastAPI):
    # One OpenAI client per process, shared by the triage graph via config["configurable"].
    app.state.openai = OpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout_s)
    app.state.aopenai = AsyncOpenAI(api_key=settings.openai_api_key)
    app.state.anthropic = get_anthropic_client()
    app.state.aanthropic = get_async_anthropic_client()
    app.state.cohere = get_cohere_client()
    app.state.cerebras = get_cerebras_client()
    app.state.perplexity = get_perplexity_client()
    app.state.translator = Translator(get_mistral_client())

    async with async_checkpointer() as saver:
        app.state.checkpointer = saver
        app.state.triage_graph = build_triage_graph(saver, translator=app.state.translator)
        app.state.refund_graph = build_refund_graph(saver)
        app.state.supervisor_graph = build_supervisor_graph(saver)
        logger.info("graphs compiled (checkpointer=%s)", type(saver).__name__)
        yield
    await llm_tracker.flush()
    app.state.openai.close()


app = FastAPI(title="custops-agents", version="0.14.2", lifespan=lifespan)
app.include_router(tickets.router)
app.include_router(refunds.router)
app.include_router(chat.router)
app.include_router(admin.router)


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True, "env": settings.env}
