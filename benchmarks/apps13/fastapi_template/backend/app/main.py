import logging
import uuid
from contextlib import asynccontextmanager

import sentry_sdk
from arq import create_pool
from arq.connections import RedisSettings
from fastapi import FastAPI, Request
from fastapi.routing import APIRoute
from google import genai
from google.genai import types as genai_types
from starlette.middleware.cors import CORSMiddleware

from app.api.routes import (
    admin,
    attachments,
    documents,
    login,
    replies,
    search,
    tenants,
    utils,
)
from app.core.config import settings
from app.core.logging import configure_logging, request_id_ctx

configure_logging()
logger = logging.getLogger(__name__)


def custom_generate_unique_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}"


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.arq = await create_pool(RedisSettings.from_dsn(settings.REDIS_URL))
    # Async Gemini client for the streaming endpoints; one per process so the
    # underlying aiohttp session is reused.
    app.state.genai = genai.Client(
        api_key=settings.GEMINI_API_KEY,
        http_options=genai_types.HttpOptions(timeout=120_000),
    )
    logger.info("startup complete (env=%s)", settings.ENVIRONMENT)
    try:
        yield
    finally:
        await app.state.arq.close()


if settings.SENTRY_DSN and settings.ENVIRONMENT != "local":
    sentry_sdk.init(dsn=str(settings.SENTRY_DSN), enable_tracing=True)

app = FastAPI(
    title=settings.PROJECT_NAME,
    openapi_url=f"{settings.API_V1_STR}/openapi.json",
    generate_unique_id_function=custom_generate_unique_id,
    lifespan=lifespan,
)

# Set all CORS enabled origins
if settings.all_cors_origins:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.all_cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )


@app.middleware("http")
async def request_id_middleware(request: Request, call_next):
    rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
    token = request_id_ctx.set(rid)
    try:
        response = await call_next(request)
    finally:
        request_id_ctx.reset(token)
    response.headers["x-request-id"] = rid
    return response


for module in (login, utils, tenants, documents, attachments, search, replies, admin):
    app.include_router(module.router, prefix=settings.API_V1_STR)
