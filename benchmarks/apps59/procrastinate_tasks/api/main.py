from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import anthropic
import voyageai
from fastapi import FastAPI

from api.routes import admin, documents, search
from docproc.db import close_pool, get_pool
from docproc.settings import get_settings
from llm.embeddings import CachedEmbedder, VoyageEmbedder
from tasks.app import app as procrastinate_app


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    await get_pool()
    app.state.anthropic = anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)
    app.state.voyage = voyageai.AsyncClient(api_key=settings.voyage_api_key)
    app.state.query_embedder = CachedEmbedder(VoyageEmbedder(app.state.voyage, model=settings.embed_model))
    async with procrastinate_app.open_async():
        yield
    await close_pool()


app = FastAPI(title="docproc", version="0.9.3", lifespan=lifespan)
app.include_router(documents.router, prefix="/documents", tags=["documents"])
app.include_router(search.router, prefix="/search", tags=["search"])
app.include_router(admin.router, prefix="/admin", tags=["admin"])


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
