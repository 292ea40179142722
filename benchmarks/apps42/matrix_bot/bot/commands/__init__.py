"""Importing this package registers every command on ``bot.router.router``."""
from bot.commands import (  # noqa: F401
    chat,
    claude,
    code,
    help,
    image,
    search,
    summarize,
    tldr,
    translate,
    voice,
)
from bot import admin  # noqa: F401,E402
