from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from botkit import CommandContext, registry
from botkit.config import get_settings
from botkit.errors import CommandNotFound, UserFacingError
from botkit.llm import models
from botkit.llm.clients import ollama_client
from botkit.logging_setup import setup_logging
from botkit.plugins import load_plugins
from discord_bot.cogs import EXTENSIONS

logger = logging.getLogger(__name__)

settings = get_settings()

intents = discord.Intents.default()
intents.message_content = True


class ChatOpsBot(commands.Bot):
    async def setup_hook(self) -> None:
        for ext in EXTENSIONS:
            await self.load_extension(ext)
        await asyncio.to_thread(self._warm_local_models)
        if settings.discord_guild_id:
            guild = discord.Object(id=settings.discord_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)

    @staticmethod
    def _warm_local_models() -> None:
        """Make sure the local models exist before the first request needs them."""
        client = ollama_client()
        present = {m.model for m in client.list().models}
        for name in (models.LOCAL_CHAT, models.LOCAL_GUARD):
            if name not in present:
                logger.info("pulling %s", name)
                client.pull(name)


bot = ChatOpsBot(command_prefix="!", intents=intents)


@bot.tree.command(name="run", description="Run a shared botkit command")
@app_commands.describe(name="command name", text="arguments")
async def run_shared(interaction: discord.Interaction, name: str, text: str = "") -> None:
    await interaction.response.defer(thinking=True)

    async def reply(msg: str):
        return await interaction.followup.send(msg[:2000])

    ctx = CommandContext(
        platform="discord",
        user_id=str(interaction.user.id),
        channel_id=str(interaction.channel_id),
        text=text,
        reply=reply,
        user_name=interaction.user.display_name,
    )
    try:
        await registry.dispatch(name, ctx)
    except CommandNotFound:
        await reply(f"Unknown command `{name}`")
    except UserFacingError as exc:
        await reply(f"⚠️ {exc}")


def main() -> None:
    setup_logging(settings.log_level)
    load_plugins(settings.plugins_dir, settings.disabled_plugins)
    bot.run(settings.discord_token, log_handler=None)


if __name__ == "__main__":
    main()
