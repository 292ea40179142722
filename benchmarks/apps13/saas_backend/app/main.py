import logging
import sys
from contextlib import asynccontextmanager

import sentry_sdk
from arq import create_pool
from arq.connections import RedisSettings
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from openai import APIStatusError as OpenAIStatusError
from sqlalchemy import text
from sqlmodel import Session
from starlette.middleware.cors import CORSMiddleware

from app.api.main import api_router
from app.core.config import settings
from app.core.db import engine
from app.services.ai_clients import get_azure_openai, get_genai_client

logger = logging.getLogger("app")


def configure_logging() -> None:
    level = logging.DEBUG if settings.ENVIRONMENT == "local" else logging.INFO
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # the SDKs are very chatty at DEBUG
    for noisy in ("httpx", "botocore", "urllib3", "openai", "google_genai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def custom_generate_unique_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}"


@asynccontextmanager
async def lifespan(app: FastAPI):
    configure_logging()
    app.state.arq = await create_pool(RedisSettings(host=settings.REDIS_HOST, port=settings.REDIS_PORT))
    logger.info("startup complete (env=%s)", settings.ENVIRONMENT)
    yield
    await app.state.arq.close()


if settings.SENTRY_DSN and settings.ENVIRONMENT != "local":
    sentry_sdk.init(dsn=str(settings.SENTRY_DSN), enable_tracing=True)

app = FastAPI(
    title=settings.PROJECT_NAME,
    openapi_url=f"{settings.API_V1_STR}/openapi.json",
    generate_unique_id_function=custom_generate_unique_id,
    lifespan=lifespan,
)

if settings.all_cors_origins:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.all_cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )


@app.exception_handler(OpenAIStatusError)
async def provider_error_handler(request: Request, exc: OpenAIStatusError) -> JSONResponse:
    logger.warning("upstream model error on %s: %s", request.url.path, exc)
    status = 503 if exc.status_code >= 500 or exc.status_code == 429 else 502
    return JSONResponse(status_code=status, content={"detail": "The AI service is unavailable, try again shortly."})


@app.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": str(exc)})


@app.get("/healthz", include_in_schema=False)
def healthz(deep: bool = False) -> dict:
    status = {"db": "ok"}
    with Session(engine) as session:
        session.exec(text("SELECT 1"))
    if deep:
        # cheap reachability checks, no generation
        try:
            status["azure_openai_models"] = len(get_azure_openai().models.list().data)
        except Exception as exc:  # noqa: BLE001
            status["azure_openai_models"] = f"error: {exc.__class__.__name__}"
        try:
            status["gemini_models"] = sum(1 for _ in get_genai_client().models.list(config={"page_size": 50}))
        except Exception as exc:  # noqa: BLE001
            status["gemini_models"] = f"error: {exc.__class__.__name__}"
    return status


app.include_router(api_router, prefix=settings.API_V1_STR)
