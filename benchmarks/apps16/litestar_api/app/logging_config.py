from __future__ import annotations

import logging
import sys

import structlog
from litestar.logging.config import StructLoggingConfig

from app.config import get_settings


def _shared_processors():
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
    ]


def configure_logging() -> StructLoggingConfig:
    settings = get_settings()
    renderer = (
        structlog.dev.ConsoleRenderer()
        if settings.environment == "development"
        else structlog.processors.JSONRenderer()
    )
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG if settings.debug else logging.INFO)
    # botocore is extremely chatty at DEBUG
    logging.getLogger("botocore").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return StructLoggingConfig(processors=[*_shared_processors(), renderer], log_exceptions="always")
