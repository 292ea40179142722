"""Slack entrypoint.

Dev: Socket Mode (python -m slack_app.app).  Prod: HTTP via aiohttp behind the LB,
where the same aiohttp app also serves the Replicate webhook.
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp

from shared.config import get_settings
from shared.errors import BotError
from shared.logging_setup import configure_logging

log = logging.getLogger(__name__)


def create_app() -> AsyncApp:
    settings = get_settings()
    app = AsyncApp(
        token=settings.slack_bot_token,
        signing_secret=settings.slack_signing_secret,
        process_before_response=True,
    )

    @app.error
    async def on_error(error, body, logger):
        if isinstance(error, BotError):
            logger.info("handled bot error: %s", error)
        else:
            logger.exception("unhandled error for body=%s", body.get("type") if body else None)

    # imported here so the module-level deps are built after logging is configured
    from slack_app.handlers import commands, mentions, reactions, threads

    mentions.register(app)
    commands.register(app)
    threads.register(app)
    reactions.register(app)
    return app


async def _run_socket_mode() -> None:
    from slack_app import digest_job

    app = create_app()
    digest_job.schedule(app.client)
    handler = AsyncSocketModeHandler(app, get_settings().slack_app_token)
    await handler.start_async()


def _run_http() -> None:
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request

    from slack_app import webhooks

    app = create_app()

    async def slack_events(request: web.Request) -> web.Response:
        bolt_req = await to_bolt_request(request)
        bolt_resp = await app.async_dispatch(bolt_req)
        return await to_aiohttp_response(bolt_resp)

    web_app = web.Application()

    async def _start_scheduler(_app):
        from slack_app import digest_job

        digest_job.schedule(app.client)

    web_app.on_startup.append(_start_scheduler)
    web_app.router.add_post("/slack/events", slack_events)
    web_app.router.add_post("/hooks/replicate", webhooks.replicate_done(app.client))
    web.run_app(web_app, port=3000)


def main() -> None:
    configure_logging("slack")
    if get_settings().is_prod:
        _run_http()
    else:
        asyncio.run(_run_socket_mode())


if __name__ == "__main__":
    main()
