"""HTTP API: application factory and routers."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI

from lexsearch import __version__
from lexsearch.container import container

logger = logging.getLogger(__name__)

__all__ = ["app", "create_app"]


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    logger.info("lexsearch %s starting (%s)", __version__, container.settings.environment)
    yield
    await container.aclose()


def create_app() -> FastAPI:
    from lexsearch.api import admin, documents, search

    application = FastAPI(title="lexsearch", version=__version__, lifespan=lifespan)
    application.include_router(search.router)
    application.include_router(documents.router)
    application.include_router(admin.router)
    return application


app = create_app()
