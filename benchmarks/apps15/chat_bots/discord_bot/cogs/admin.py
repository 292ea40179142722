"""Maintainer-only commands: /health, /models, /tokens, /forget."""
from __future__ import annotations

import asyncio
import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from shared.config import DEFAULT_FIREWORKS_MODEL, DEFAULT_GROK_MODEL
from shared.store import conversation_key

log = logging.getLogger(__name__)


def _maintainer_only():
    async def predicate(interaction: discord.Interaction) -> bool:
        perms = interaction.permissions
        return bool(perms and perms.manage_guild)

    return app_commands.check(predicate)


class AdminCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    async def _timed(self, coro):
        started = time.perf_counter()
        try:
            await coro
            return "ok", int((time.perf_counter() - started) * 1000)
        except Exception as exc:
            return f"error: {type(exc).__name__}", int((time.perf_counter() - started) * 1000)

    @app_commands.command(name="health", description="Check provider connectivity")
    @_maintainer_only()
    async def health(self, interaction: discord.Interaction):
        await interaction.response.defer(ephemeral=True)
        llm = self.bot.llm
        checks = {
            "redis": self.bot.store.redis.ping(),
            "groq": llm.groq.models.list(),
            "together": llm.together.models.list(),
            # Fireworks has no cheap auth-check endpoint for serverless models, so we
            # spend one token on the model we actually serve.
            "fireworks": llm.fireworks.completions.create(
                model=DEFAULT_FIREWORKS_MODEL,
                prompt="ping",
                max_tokens=1,
            ),
        }
        results = await asyncio.gather(*(self._timed(c) for c in checks.values()))
        lines = [f"`{name:<10}` {status} ({ms} ms)" for name, (status, ms) in zip(checks, results)]
        await interaction.followup.send("\n".join(lines), ephemeral=True)

    @app_commands.command(name="models", description="List models the bot can use")
    @_maintainer_only()
    async def models(self, interaction: discord.Interaction):
        await interaction.response.defer(ephemeral=True)
        groq_models = await self.bot.llm.groq.models.list()
        grok_models = await self.bot.llm.grok.models.list_language_models()
        names = sorted(m.id for m in groq_models.data)
        text = "**Groq**\n" + ", ".join(names[:40]) + "\n\n**xAI**\n" + ", ".join(m.name for m in grok_models)
        await interaction.followup.send(text[:1990], ephemeral=True)

    @app_commands.command(name="tokens", description="Count Grok tokens for a piece of text")
    @_maintainer_only()
    async def tokens(self, interaction: discord.Interaction, text: str):
        tokens = await self.bot.llm.grok.tokenize.tokenize_text(text, model=DEFAULT_GROK_MODEL)
        await interaction.response.send_message(f"{len(tokens)} tokens", ephemeral=True)

    @app_commands.command(name="forget", description="Clear this channel's conversation memory")
    @_maintainer_only()
    async def forget(self, interaction: discord.Interaction):
        await self.bot.store.clear(conversation_key("discord", str(interaction.channel_id)))
        await interaction.response.send_message("Conversation cleared.", ephemeral=True)


async def setup(bot):
    await bot.add_cog(AdminCog(bot))
