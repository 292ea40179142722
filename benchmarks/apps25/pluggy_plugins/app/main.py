"""FastAPI front end for the docflow engine."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.routes import admin, chat, documents, search
from app.services.llm_usage_tracker import current_tenant
from docflow.config import get_settings
from docflow.engine import Engine
from docflow.pipeline import Pipeline

log = logging.getLogger("docflow.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    engine = Engine.from_settings(settings)
    app.state.settings = settings
    app.state.engine = engine
    app.state.pipeline = Pipeline(engine)
    app.state.index = {}  # doc_id -> (vector, text); replaced by pgvector in prod
    log.info("docflow api started (%s)", settings.environment)
    try:
        yield
    finally:
        await engine.aclose()


app = FastAPI(title="docflow", version="0.9.3", lifespan=lifespan)
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])


@app.middleware("http")
async def tenant_context(request: Request, call_next):
    token = current_tenant.set(request.headers.get("x-tenant-id"))
    try:
        return await call_next(request)
    finally:
        current_tenant.reset(token)


@app.exception_handler(KeyError)
async def unknown_provider(request: Request, exc: KeyError):
    return JSONResponse(status_code=404, content={"detail": str(exc)})


app.include_router(documents.router)
app.include_router(search.router)
app.include_router(chat.router)
app.include_router(admin.router)


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}
