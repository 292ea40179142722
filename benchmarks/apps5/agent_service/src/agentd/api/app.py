"""ASGI entry point: ``uvicorn agentd.api.app:app``."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from agentd import __version__
from agentd.api.middleware import RequestContextMiddleware
from agentd.api.routes_chat import router as chat_router
from agentd.config import configure_logging
from agentd.container import container
from agentd.errors import AgentError, BudgetExceeded, GatewayError
from agentd.workers import HANDLERS, WorkerPool

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    configure_logging(container.settings)
    s = container.settings
    pool = WorkerPool(
        HANDLERS,
        concurrency=s.worker_concurrency,
        maxsize=s.queue_maxsize,
        job_timeout=s.job_timeout_s,
        max_attempts=s.job_max_attempts,
    )
    await pool.start()
    app.state.pool = pool
    log.info("agentd %s started (env=%s, vendor=%s)", __version__, s.environment, s.default_vendor)
    try:
        yield
    finally:
        await pool.stop()


app = FastAPI(title="agentd", version=__version__, lifespan=lifespan)
app.add_middleware(RequestContextMiddleware)
app.include_router(chat_router)


@app.exception_handler(GatewayError)
async def _gateway_error(_, exc: GatewayError) -> JSONResponse:
    return JSONResponse(status_code=503 if exc.retryable else 502, content={"error": str(exc), "vendor": exc.vendor})


@app.exception_handler(BudgetExceeded)
async def _budget(_, exc: BudgetExceeded) -> JSONResponse:
    return JSONResponse(status_code=422, content={"error": str(exc)})


@app.exception_handler(AgentError)
async def _agent_error(_, exc: AgentError) -> JSONResponse:
    return JSONResponse(status_code=500, content={"error": str(exc)})


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True, "version": __version__, "queue_depth": app.state.pool.depth}


@app.get("/admin/models")
async def list_models() -> dict:
    page = await container.async_openai.models.list()
    return {"openai": sorted(m.id for m in page.data)}


class TokenCountRequest(BaseModel):
    text: str
    model: str = ""


@app.post("/admin/count-tokens")
async def count_tokens(body: TokenCountRequest) -> dict:
    if not body.text:
        raise HTTPException(status_code=400, detail="text is required")
    model = body.model or container.settings.gemini_model
    result = container.genai.models.count_tokens(model=model, contents=body.text)
    return {"model": model, "total_tokens": result.total_tokens}


@app.get("/admin/tools")
async def list_tools() -> dict:
    return {"tools": [t.spec.model_dump() for t in container.tools]}
