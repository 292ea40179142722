"""FastAPI application entry point."""
from __future__ import annotations

import logging
import logging.config
from contextlib import asynccontextmanager

from fastapi import FastAPI

from gateway import __version__
from gateway.config import get_settings
from gateway.errors import GatewayError, gateway_error_handler
from gateway.middleware import AdminAuthMiddleware, PromptGuardMiddleware, RequestContextMiddleware
from gateway.providers import available
from gateway.routers import ALL_ROUTERS


def configure_logging(level: str) -> None:
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            },
            "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain"}},
            "root": {"handlers": ["stdout"], "level": level},
            "loggers": {"httpx": {"level": "WARNING"}, "botocore": {"level": "WARNING"}},
        }
    )


@asynccontextmanager
async def lifespan(app: FastAPI):
    log = logging.getLogger("gateway")
    log.info("ai-gateway %s starting, providers=%s", __version__, ",".join(available()))
    yield
    log.info("ai-gateway shutting down")


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings.log_level)
    app = FastAPI(title="AI Gateway", version=__version__, lifespan=lifespan)
    # Starlette runs middleware in reverse order of registration: context first.
    if settings.guard_enabled:
        app.add_middleware(PromptGuardMiddleware)
    app.add_middleware(AdminAuthMiddleware)
    app.add_middleware(RequestContextMiddleware)
    app.add_exception_handler(GatewayError, gateway_error_handler)
    for router in ALL_ROUTERS:
        app.include_router(router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:
        return {"ok": True, "version": __version__}

    return app


app = create_app()
