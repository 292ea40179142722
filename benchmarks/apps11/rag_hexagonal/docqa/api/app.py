"""FastAPI application factory."""
from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from docqa import __version__
from docqa.api import routes_admin, routes_documents, routes_qa
from docqa.bootstrap import build_container
from docqa.config import configure_logging, get_settings
from docqa.domain import DocQAError

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    configure_logging(settings.log_level)
    app.state.container = build_container(settings)
    app.state.admin_token = os.environ.get("DOCQA_ADMIN_TOKEN", "")
    logger.info("docqa %s started (%s)", __version__, settings.environment)
    try:
        yield
    finally:
        await app.state.container.aclose()


def create_app() -> FastAPI:
    app = FastAPI(title="docqa", version=__version__, lifespan=lifespan)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=os.environ.get("DOCQA_CORS_ORIGINS", "http://localhost:5173").split(","),
        allow_methods=["*"],
        allow_headers=["*"],
    )

    @app.exception_handler(DocQAError)
    async def _docqa_error(_: Request, exc: DocQAError) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"error": type(exc).__name__, "detail": str(exc)})

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    app.include_router(routes_qa.router)
    app.include_router(routes_documents.router)
    app.include_router(routes_admin.router)
    return app


app = create_app()
