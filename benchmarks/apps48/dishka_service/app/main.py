from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import time
import uuid

from dishka.integrations.fastapi import setup_dishka
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from anthropic import APIError as AnthropicAPIError
from openai import APIError as OpenAIAPIError

from app import __version__
from app.api import api_router, health
from app.ioc import build_container

logger = logging.getLogger("docqa")


@asynccontextmanager
async def lifespan(app: FastAPI):
    logger.info("docqa %s starting", __version__)
    yield
    await app.state.dishka_container.close()


async def request_context(request: Request, call_next):
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["x-request-id"] = request_id
    response.headers["x-elapsed-ms"] = f"{(time.perf_counter() - started) * 1000:.1f}"
    return response


async def vendor_error_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.error("upstream model error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": "upstream model provider error"})


def create_app() -> FastAPI:
    app = FastAPI(title="docqa", version=__version__, lifespan=lifespan)
    app.middleware("http")(request_context)
    app.add_exception_handler(OpenAIAPIError, vendor_error_handler)
    app.add_exception_handler(AnthropicAPIError, vendor_error_handler)
    app.include_router(health.router)
    app.include_router(api_router)
    container = build_container()
    setup_dishka(container=container, app=app)
    return app


app = create_app()
