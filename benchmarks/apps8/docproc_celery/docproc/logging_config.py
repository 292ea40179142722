import logging
import logging.config
import os

import structlog

_CONFIGURED = False


def configure_logging(level: str = None) -> None:
    """Configure stdlib logging + structlog. Safe to call more than once."""
    global _CONFIGURED
    if _CONFIGURED:
        return
    level = (level or os.environ.get("LOG_LEVEL", "INFO")).upper()

    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
            },
            "handlers": {
                "console": {"class": "logging.StreamHandler", "formatter": "plain"},
            },
            "root": {"handlers": ["console"], "level": level},
            "loggers": {
                "httpx": {"level": "WARNING"},
                "openai": {"level": "WARNING"},
                "anthropic": {"level": "WARNING"},
                "botocore": {"level": "WARNING"},
            },
        }
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
    )
    _CONFIGURED = True


def get_logger(name: str):
    return structlog.get_logger(name)
