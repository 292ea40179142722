"""Discord entrypoint: python -m discord_bot.bot"""
from __future__ import annotations

import logging

import discord
from discord.ext import commands

from shared.clients import ProviderClients
from shared.config import get_settings
from shared.logging_setup import configure_logging
from shared.personas import personas
from shared.ratelimit import get_limiter
from shared.router import get_router
from shared.store import get_store

log = logging.getLogger(__name__)

COGS = (
    "discord_bot.cogs.chat",
    "discord_bot.cogs.images",
    "discord_bot.cogs.voice",
    "discord_bot.cogs.trivia",
    "discord_bot.cogs.faq",
    "discord_bot.cogs.digests",
    "discord_bot.cogs.admin",
)


class CommunityBot(commands.Bot):
    def __init__(self):
        intents = discord.Intents.default()
        intents.message_content = True
        intents.members = False
        super().__init__(command_prefix=commands.when_mentioned_or("!cb "), intents=intents)
        self.settings = get_settings()
        self.llm = ProviderClients.from_settings()
        self.store = get_store()
        self.limiter = get_limiter(self.store.redis)
        self.router = get_router()
        self.personas = personas()

    async def setup_hook(self) -> None:
        for ext in COGS:
            try:
                await self.load_extension(ext)
            except Exception:
                log.exception("failed to load %s", ext)
        for guild_id in self.settings.discord_guild_ids:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        log.info("synced commands to %d guild(s)", len(self.settings.discord_guild_ids))

    async def on_ready(self):
        log.info("logged in as %s (%s)", self.user, self.user.id if self.user else "?")

    async def close(self):
        await self.llm.aclose()
        await super().close()


def main() -> None:
    configure_logging("discord")
    bot = CommunityBot()
    bot.run(get_settings().discord_token, log_handler=None)


if __name__ == "__main__":
    main()
