from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

import boto3
import httpx
from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.openapi import OpenAPIConfig

from app import __version__
from app.clients.azure_openai import build_async_azure_client
from app.clients.bedrock import get_bedrock_runtime
from app.clients.groq_client import async_groq_client
from app.clients.voyage import build_async_voyage
from app.config import get_settings
from app.controllers.chat import ChatController
from app.controllers.documents import DocumentController
from app.controllers.health import health, model_health
from app.controllers.intake import IntakeController
from app.controllers.matters import MatterController
from app.controllers.privilege import PrivilegeController
from app.controllers.review import ReviewController
from app.controllers.search import SearchController
from app.db.session import sqlalchemy_plugin
from app.dependencies import app_dependencies
from app.exceptions import exception_handlers
from app.logging_config import configure_logging
from app.worker.queue import queue

logger = logging.getLogger(__name__)


@asynccontextmanager
async def provider_clients(app: Litestar) -> AsyncIterator[None]:
    settings = get_settings()
    app.state.azure = build_async_azure_client(settings)
    app.state.voyage = build_async_voyage(settings)
    app.state.groq = async_groq_client()
    app.state.bedrock = get_bedrock_runtime(settings.aws_region)
    app.state.http = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=5.0), follow_redirects=True)
    try:
        yield
    finally:
        await app.state.http.aclose()
        await app.state.azure.close()


async def connect_queue(app: Litestar) -> None:
    await queue.connect()
    app.state.queue = queue


async def disconnect_queue(app: Litestar) -> None:
    await queue.disconnect()


def init_s3(app: Litestar) -> None:
    app.state.s3 = boto3.client("s3", region_name=get_settings().aws_region)


def create_app() -> Litestar:
    settings = get_settings()
    return Litestar(
        route_handlers=[
            health,
            model_health,
            MatterController,
            DocumentController,
            SearchController,
            ChatController,
            ReviewController,
            IntakeController,
            PrivilegeController,
        ],
        dependencies=app_dependencies,
        plugins=[sqlalchemy_plugin],
        lifespan=[provider_clients],
        on_startup=[connect_queue, init_s3],
        on_shutdown=[disconnect_queue],
        exception_handlers=exception_handlers,
        cors_config=CORSConfig(allow_origins=settings.cors_origins, allow_credentials=True),
        openapi_config=OpenAPIConfig(title="Lexbridge API", version=__version__),
        logging_config=configure_logging(),
        debug=settings.debug,
    )


app = create_app()
