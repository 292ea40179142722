"""Mod/owner commands: provider switching, usage, model listing."""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from twitchio.ext import commands

from bot.services.cost import estimate_cost, format_usd
from bot.services.llm_usage_tracker import llm_tracker

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)


def is_owner(ctx: commands.Context) -> bool:
    return ctx.author.is_broadcaster or ctx.author.name in {"jonas_dev", "mirka"}


class AdminCog(commands.Cog):
    def __init__(self, bot: "ChatBot"):
        self.bot = bot

    async def cog_check(self, ctx: commands.Context) -> bool:
        return ctx.author.is_mod

    @commands.command(name="provider")
    async def provider(self, ctx: commands.Context, name: str = "") -> None:
        if not name:
            current = self.bot.llm.for_channel(ctx.channel.name)
            await ctx.reply(f"using {current.name} ({current.default_model}); have {', '.join(self.bot.llm.names())}")
            return
        if name not in self.bot.llm:
            await ctx.reply(f"unknown provider {name}")
            return
        self.bot.llm.per_channel[ctx.channel.name] = name
        if self.bot.store:
            await self.bot.store.update_settings(ctx.channel.name, provider=name)
        await ctx.reply(f"switched to {name}")

    @commands.command(name="models")
    async def models(self, ctx: commands.Context) -> None:
        if not is_owner(ctx):
            return
        page = await self.bot.openai.models.list()
        chat_models = sorted(m.id for m in page.data if m.id.startswith(("gpt-", "o")))
        await ctx.reply(", ".join(chat_models[:25]))

    @commands.command(name="usage")
    async def usage(self, ctx: commands.Context) -> None:
        totals = llm_tracker.totals_since(time.time() - 86400)
        untracked = self.bot.budget.used.get(ctx.channel.name, 0)
        rough = estimate_cost("gpt-4o-mini", untracked // 2, untracked // 2)
        parts = [f"{p}: {format_usd(c)}" for p, c in sorted(totals.items())]
        await ctx.reply(f"24h tracked: {' | '.join(parts) or 'nothing'}; untracked ~{format_usd(rough)}")

    @commands.command(name="ratelimits")
    async def ratelimits(self, ctx: commands.Context) -> None:
        """Peek at OpenAI's remaining quota headers with a 1-token request."""
        if not is_owner(ctx):
            return
        raw = await self.bot.openai.chat.completions.with_raw_response.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "."}],
            max_tokens=1,
        )
        remaining = raw.headers.get("x-ratelimit-remaining-tokens", "?")
        reset = raw.headers.get("x-ratelimit-reset-tokens", "?")
        await ctx.reply(f"openai tokens remaining: {remaining} (reset {reset})")

    @commands.command(name="forget")
    async def forget(self, ctx: commands.Context) -> None:
        self.bot.memory.for_channel(ctx.channel.name).clear()
        await ctx.reply("chat memory cleared 🧹")

    @commands.command(name="reloadcog")
    async def reloadcog(self, ctx: commands.Context, module: str) -> None:
        if not is_owner(ctx):
            return
        self.bot.reload_module(f"bot.cogs.{module}")
        await ctx.reply(f"reloaded {module}")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(AdminCog(bot))
