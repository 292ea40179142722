"""Bolt app construction."""
from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncApp

from assistant.config import get_settings
from assistant.slack import commands, handlers

log = logging.getLogger(__name__)


def create_app() -> AsyncApp:
    settings = get_settings()
    app = AsyncApp(
        token=settings.slack_bot_token,
        signing_secret=settings.slack_signing_secret,
        # socket mode: no request verification needed, and we ack fast ourselves
        process_before_response=False,
    )

    @app.middleware
    async def log_request(logger, body, next):
        event = body.get("event", {})
        logger.debug("slack %s %s", body.get("type"), event.get("type"))
        await next()

    @app.error
    async def on_error(error, body, logger):
        logger.exception("unhandled bolt error: %s", error)

    handlers.register(app)
    commands.register(app)
    return app
