from __future__ import annotations

import logging
import pkgutil
from typing import Optional

import aiohttp
import discord
from anthropic import AsyncAnthropic
from discord import app_commands
from discord.ext import commands
from openai import AsyncOpenAI

from bot import __version__, cogs
from bot.ai import clients
from bot.config import settings
from bot.db import GuildSettingsRepo, Store
from bot.errors import LumenError
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("lumen")

INTENTS = discord.Intents.default()
INTENTS.message_content = True
INTENTS.members = True


def _extension_names() -> list[str]:
    return [
        f"{cogs.__name__}.{m.name}"
        for m in pkgutil.iter_modules(cogs.__path__)
        if not m.name.startswith("_")
    ]


class LumenTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        original = getattr(error, "original", error)
        if isinstance(original, LumenError):
            message = original.user_message
        elif isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down! Try again in {error.retry_after:.0f}s."
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use that command here."
        else:
            log.exception("unhandled error in /%s", interaction.command and interaction.command.qualified_name,
                          exc_info=original)
            message = "Something went wrong on my side. Please try again in a bit."

        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)


class LumenBot(commands.Bot):
    store: Store
    guild_settings: GuildSettingsRepo
    http_session: aiohttp.ClientSession
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic

    def __init__(self) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=INTENTS,
            tree_cls=LumenTree,
            activity=discord.Activity(type=discord.ActivityType.listening, name="/help"),
            allowed_mentions=discord.AllowedMentions(everyone=False, roles=False),
        )
        self.dev_guild: Optional[discord.Object] = (
            discord.Object(id=settings.dev_guild_id) if settings.dev_guild_id else None
        )

    async def setup_hook(self) -> None:
        self.store = Store(settings.database_path)
        await self.store.open()
        self.guild_settings = GuildSettingsRepo(self.store)
        llm_tracker.attach(self.store)

        self.http_session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=60),
            headers={"User-Agent": f"LumenBot/{__version__} (+https://github.com/lumen-community/lumen)"},
        )

        # Shared clients for the cogs written before bot/ai/clients.py existed.
        self.openai = AsyncOpenAI(api_key=settings.openai_api_key, max_retries=2)
        self.anthropic = AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=2)

        for ext in _extension_names():
            try:
                await self.load_extension(ext)
                log.info("loaded %s", ext)
            except commands.ExtensionError:
                log.exception("failed to load %s", ext)

        if self.dev_guild is not None:
            self.tree.copy_global_to(guild=self.dev_guild)
            synced = await self.tree.sync(guild=self.dev_guild)
        else:
            synced = await self.tree.sync()
        log.info("synced %d application commands", len(synced))

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("logged in as %s (%s) in %d guilds", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        log.info("shutting down")
        await super().close()
        await self.openai.close()
        await self.anthropic.close()
        await clients.close_all()
        if getattr(self, "http_session", None) is not None:
            await self.http_session.close()
        if getattr(self, "store", None) is not None:
            await self.store.close()
