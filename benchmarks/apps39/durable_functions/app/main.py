"""FastAPI entrypoint: HTTP API + the Inngest serve endpoint."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import inngest.fast_api
from fastapi import FastAPI

from app.api import admin, chat, documents, search
from app.config import get_settings
from app.functions import all_functions
from app.inngest_client import inngest_client
from legacy.v1_api import router as v1_router
from services.clients import get_genai, get_openai

logging.basicConfig(level=logging.INFO)


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    # Shared clients for request handlers that need a synchronous answer.
    app.state.openai = get_openai()
    app.state.genai = get_genai()
    app.state.settings = settings
    yield
    await app.state.openai.close()


app = FastAPI(title="doc-pipeline", lifespan=lifespan)
app.include_router(documents.router, prefix="/documents", tags=["documents"])
app.include_router(chat.router, prefix="/chat", tags=["chat"])
app.include_router(search.router, prefix="/search", tags=["search"])
app.include_router(admin.router, prefix="/admin", tags=["admin"])
app.include_router(v1_router)

inngest.fast_api.serve(app, inngest_client, all_functions)


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}
