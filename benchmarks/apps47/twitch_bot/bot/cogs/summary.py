"""!summary / !tldr and the periodic recap routine."""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from twitchio.ext import commands, routines

from bot.llm.prompts import SUMMARY_SYSTEM
from bot.services.llm_usage_tracker import llm_tracker
from bot.utils.text import clean_for_chat

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)

SUMMARY_MODEL = "claude-3-5-haiku-latest"
MAX_PROMPT_TOKENS = 6000


class SummaryCog(commands.Cog):
    def __init__(self, bot: "ChatBot"):
        self.bot = bot
        self._last_summary: dict[str, float] = {}
        self.recap.start()

    def cog_unload(self) -> None:
        self.recap.cancel()

    async def _fits(self, transcript: str) -> bool:
        count = await self.bot.anthropic.messages.count_tokens(
            model=SUMMARY_MODEL,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        return count.input_tokens <= MAX_PROMPT_TOKENS

    @commands.command(name="summary", aliases=("catchup",))
    @commands.cooldown(rate=1, per=60, bucket=commands.Bucket.channel)
    async def summary(self, ctx: commands.Context) -> None:
        mem = self.bot.memory.for_channel(ctx.channel.name)
        n = 120
        transcript = mem.transcript(n)
        while n > 20 and not await self._fits(transcript):
            n //= 2
            transcript = mem.transcript(n)

        parts: list[str] = []
        async with self.bot.anthropic.messages.stream(
            model=SUMMARY_MODEL,
            max_tokens=220,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        ) as stream:
            async for text in stream.text_stream:
                parts.append(text)
            final = await stream.get_final_message()
        self.bot.budget.charge(ctx.channel.name, final.usage.input_tokens + final.usage.output_tokens)
        self._last_summary[ctx.channel.name] = time.time()
        await ctx.send(clean_for_chat("".join(parts)))

    @commands.command(name="tldr")
    async def tldr(self, ctx: commands.Context) -> None:
        """One-liner via Groq, tracked (this was the pilot for the usage tracker)."""
        mem = self.bot.memory.for_channel(ctx.channel.name)
        model = "llama-3.1-8b-instant"
        async with llm_tracker.track_llm_call(
            provider="groq", model=model, feature_context="tldr", channel=ctx.channel.name
        ) as usage_log:
            resp = await self.bot.memory.groq.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "One sentence TL;DR of this chat."},
                    {"role": "user", "content": mem.transcript(60)},
                ],
                max_tokens=60,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        await ctx.send("TL;DR: " + clean_for_chat(resp.choices[0].message.content or "", 480))

    @routines.routine(minutes=20, wait_first=True)
    async def recap(self) -> None:
        for name in self.bot.memory.channels():
            mem = self.bot.memory.for_channel(name)
            if len(mem.since(20 * 60)) < 30:
                continue
            if time.time() - self._last_summary.get(name, 0) < 15 * 60:
                continue
            text = await mem.summarize(self.bot.llm.for_channel(name))
            channel = self.bot.get_channel(name)
            if channel:
                await channel.send("📝 Catch-up: " + clean_for_chat(text, 470))
                self._last_summary[name] = time.time()

    @recap.before_routine
    async def before_recap(self) -> None:
        await self.bot.wait_for_ready()


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(SummaryCog(bot))
