from __future__ import annotations

import logging
import os

import hikari
import lightbulb

from bot.config import settings
from bot import lifecycle

log = logging.getLogger("bot")


def build_bot() -> lightbulb.BotApp:
    bot = lightbulb.BotApp(
        token=settings.discord_token,
        intents=hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.MESSAGE_CONTENT,
        default_enabled_guilds=settings.default_guilds,
        owner_ids=settings.owner_ids,
        banner=None,
        logs=os.getenv("LOG_LEVEL", "INFO"),
    )
    bot.subscribe(hikari.StartingEvent, lifecycle.on_starting)
    bot.subscribe(hikari.StoppingEvent, lifecycle.on_stopping)
    bot.load_extensions_from("./bot/plugins", must_exist=True)
    return bot


def main() -> None:
    if os.name != "nt":
        try:
            import uvloop

            uvloop.install()
        except ImportError:
            log.info("uvloop not available, using default loop")
    build_bot().run(activity=hikari.Activity(name="/ask", type=hikari.ActivityType.LISTENING))


if __name__ == "__main__":
    main()
