"""Small FastAPI admin: upload claim packets, enqueue pipelines, peek at results."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from openai import AsyncOpenAI

from admin import routes
from claimsdoc import actors  # noqa: F401 - registers actors on the broker
from claimsdoc.settings import settings


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.openai = AsyncOpenAI(api_key=settings.openai_api_key, timeout=30)
    yield
    await app.state.openai.close()


app = FastAPI(title="claimsdoc admin", version="0.14", lifespan=lifespan)
app.include_router(routes.router, prefix="/admin")
app.include_router(routes.ops_router, prefix="/ops")


@app.get("/healthz")
async def healthz():
    return {"ok": True, "env": settings.env}
