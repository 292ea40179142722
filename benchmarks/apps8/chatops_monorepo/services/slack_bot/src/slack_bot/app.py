from __future__ import annotations

import asyncio
import logging
import re

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from botkit import CommandContext, registry
from botkit.config import get_settings
from botkit.errors import CommandNotFound, UserFacingError
from botkit.logging_setup import setup_logging
from botkit.plugins import load_plugins
from botkit.scheduler import scheduler

import slack_bot.handlers  # noqa: F401  (registers commands)
import slack_bot.digest  # noqa: F401  (registers scheduled jobs)

logger = logging.getLogger(__name__)

settings = get_settings()
app = App(token=settings.slack_bot_token, signing_secret=settings.slack_signing_secret)


def _run(coro) -> None:
    try:
        asyncio.run(coro)
    except UserFacingError as exc:
        logger.info("user error: %s", exc)
        raise
    except Exception:
        logger.exception("command failed")
        raise


def _make_ctx(body: dict, say, text: str) -> CommandContext:
    async def reply(msg: str):
        return say(text=msg, thread_ts=body.get("thread_ts"))

    return CommandContext(
        platform="slack",
        user_id=body.get("user_id") or body.get("user", ""),
        channel_id=body.get("channel_id") or body.get("channel", ""),
        text=text,
        reply=reply,
        thread_id=body.get("thread_ts"),
        user_name=body.get("user_name", ""),
    )


@app.command(re.compile(r"/.*"))
def slash(ack, body, say):
    ack()
    name = body["command"].lstrip("/")
    ctx = _make_ctx(body, say, body.get("text", ""))
    try:
        _run(registry.dispatch(name, ctx))
    except CommandNotFound:
        say(f"Unknown command `{name}`")
    except UserFacingError as exc:
        say(f":warning: {exc}")
    except Exception:
        say(":boom: something went wrong, the on-call bot owner has been told.")


@app.event("app_mention")
def mention(event, say):
    text = re.sub(r"<@[A-Z0-9]+>", "", event.get("text", "")).strip()
    name, _, rest = text.partition(" ")
    ctx = _make_ctx(event, say, rest)
    try:
        _run(registry.dispatch(name or "ask", ctx))
    except CommandNotFound:
        _run(registry.dispatch("ask", _make_ctx(event, say, text)))


def main() -> None:
    setup_logging(settings.log_level)
    load_plugins(settings.plugins_dir, settings.disabled_plugins)
    scheduler.start()
    logger.info("slack bot starting with %d commands", len(registry.for_platform("slack")))
    SocketModeHandler(app, settings.slack_app_token).start()


if __name__ == "__main__":
    main()
