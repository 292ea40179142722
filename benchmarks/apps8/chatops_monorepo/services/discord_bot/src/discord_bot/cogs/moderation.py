"""Screens messages in public channels with Llama Guard running locally."""

from __future__ import annotations

import asyncio
import logging

import discord
import ollama
from discord.ext import commands

from botkit.llm import models

logger = logging.getLogger(__name__)

WATCHED_CHANNEL_PREFIXES = ("public-", "community-")
MOD_LOG_CHANNEL = "mod-log"


def _is_unsafe(verdict: str) -> bool:
    return verdict.strip().lower().startswith("unsafe")


class ModerationCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._guard_info_logged = False

    def _classify(self, text: str) -> str:
        resp = ollama.chat(
            model=models.LOCAL_GUARD,
            messages=[{"role": "user", "content": text}],
            options={"temperature": 0},
        )
        return resp["message"]["content"]

    async def _explain(self, text: str, verdict: str) -> str:
        resp = await asyncio.to_thread(
            ollama.generate,
            model=models.LOCAL_CHAT,
            prompt=(
                f"A safety classifier flagged this message as '{verdict}'. "
                f"In one sentence for the moderators, say why.\n\nMessage: {text}"
            ),
            options={"num_predict": 80},
        )
        return resp["response"].strip()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self._guard_info_logged:
            info = await asyncio.to_thread(ollama.show, models.LOCAL_GUARD)
            logger.info("moderation model %s (%s)", models.LOCAL_GUARD, info.details.parameter_size)
            self._guard_info_logged = True

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not isinstance(message.channel, discord.TextChannel):
            return
        if not message.channel.name.startswith(WATCHED_CHANNEL_PREFIXES) or not message.content:
            return
        verdict = await asyncio.to_thread(self._classify, message.content)
        if not _is_unsafe(verdict):
            return
        reason = await self._explain(message.content, verdict)
        log_channel = discord.utils.get(message.guild.text_channels, name=MOD_LOG_CHANNEL)
        if log_channel:
            await log_channel.send(
                f"🚩 {message.author.mention} in {message.channel.mention}: {verdict.split()[-1]} — {reason}\n"
                f"> {message.content[:500]}"
            )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ModerationCog(bot))
