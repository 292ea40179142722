#!/usr/bin/env python3
"""Entry point: ``python run.py``."""
from __future__ import annotations

import asyncio
import logging
import logging.handlers
import sys
from pathlib import Path

import discord

from bot.config import settings
from bot.main import LumenBot


def configure_logging() -> None:
    Path("logs").mkdir(exist_ok=True)
    root = logging.getLogger()
    root.setLevel(settings.log_level)

    fmt = logging.Formatter("[{asctime}] [{levelname:<7}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{")
    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(fmt)
    root.addHandler(console)

    rotating = logging.handlers.RotatingFileHandler(
        "logs/lumen.log", maxBytes=16 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    rotating.setFormatter(fmt)
    root.addHandler(rotating)

    # discord.py is chatty at DEBUG; httpx logs every request at INFO
    logging.getLogger("discord.http").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)


async def main() -> None:
    if not settings.discord_token:
        raise SystemExit("DISCORD_TOKEN is not set")
    configure_logging()
    discord.utils.setup_logging(root=False)
    async with LumenBot() as bot:
        await bot.start(settings.discord_token)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
