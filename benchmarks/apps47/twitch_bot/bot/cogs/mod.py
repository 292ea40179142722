"""Moderation: checks every message, escalates repeat offenders."""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from twitchio import Message
from twitchio.ext import commands

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)

TIMEOUTS = {1: 0, 2: 60, 3: 600}


class ModerationCog(commands.Cog):
    def __init__(self, bot: "ChatBot"):
        self.bot = bot
        self.enabled: set[str] = set(bot.settings.channels)

    @commands.Cog.event()
    async def event_message(self, message: Message) -> None:
        if message.echo or message.author is None or message.channel.name not in self.enabled:
            return
        if message.author.is_mod or message.author.is_broadcaster:
            return
        verdict = await self.bot.moderator.check(message.content, message.author.name)
        if not verdict.flagged:
            return
        log.info("flagged %s in %s: %s (%s)", message.author.name, message.channel.name,
                 verdict.categories, verdict.source)
        strikes = 1
        if self.bot.store:
            strikes = await self.bot.store.add_strike(
                message.channel.name, message.author.name, ",".join(verdict.categories), time.time()
            )
        seconds = TIMEOUTS.get(strikes, 3600)
        if seconds:
            await message.channel.send(f"/timeout {message.author.name} {seconds} automod: {verdict.categories[0]}")
        else:
            await message.channel.send(f"@{message.author.name} please keep it friendly 💜")

    @commands.command(name="modcheck")
    async def modcheck(self, ctx: commands.Context, *, text: str = "") -> None:
        """Mods: see what the OpenAI classifier thinks of a message."""
        if not ctx.author.is_mod or not text:
            return
        result = (await self.bot.openai.moderations.create(input=text)).results[0]
        top = sorted(result.category_scores.model_dump().items(), key=lambda kv: kv[1], reverse=True)[:3]
        pretty = ", ".join(f"{k}={v:.2f}" for k, v in top)
        await ctx.reply(f"flagged={result.flagged} {pretty}")

    @commands.command(name="automod")
    async def automod(self, ctx: commands.Context, state: str = "") -> None:
        if not ctx.author.is_mod:
            return
        if state == "off":
            self.enabled.discard(ctx.channel.name)
        elif state == "on":
            self.enabled.add(ctx.channel.name)
        await ctx.reply(f"automod is {'on' if ctx.channel.name in self.enabled else 'off'}")

    @commands.command(name="trust")
    async def trust(self, ctx: commands.Context, user: str = "") -> None:
        if ctx.author.is_mod and user:
            self.bot.moderator.allowlist.add(user.lstrip("@").lower())
            await ctx.reply(f"{user} won't be auto-moderated")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(ModerationCog(bot))
