import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.api import admin, chat, kb, tickets
from app.containers import Container
from app.errors import SupportError, support_error_handler
from app.logging_config import configure_logging
from app.settings import get_settings

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    container: Container = app.state.container
    logger.info("supportdesk-assistant %s starting", __version__)
    yield
    await container.async_gateway_http().aclose()
    await container.zendesk_http().aclose()
    container.gateway_http().close()
    await container.db_engine().dispose()
    logger.info("shutdown complete")


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings.log_level)

    container = Container()
    container.config.from_pydantic(settings)

    app = FastAPI(title="Support Assistant", version=__version__, lifespan=lifespan)
    app.state.container = container
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.add_exception_handler(SupportError, support_error_handler)
    app.include_router(tickets.router)
    app.include_router(chat.router)
    app.include_router(kb.router)
    app.include_router(admin.router)
    return app
