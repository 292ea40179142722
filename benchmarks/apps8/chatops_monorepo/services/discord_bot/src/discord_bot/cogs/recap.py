from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import discord
from discord import app_commands
from discord.ext import commands

from botkit.llm import acompletion, models, prompts
from botkit.llm.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


async def _collect(channel: discord.TextChannel, hours: int, limit: int = 400) -> str:
    after = datetime.now(timezone.utc) - timedelta(hours=hours)
    lines = []
    async for msg in channel.history(after=after, limit=limit, oldest_first=True):
        if msg.author.bot or not msg.content:
            continue
        lines.append(f"{msg.author.display_name}: {msg.content}")
    return "\n".join(lines)


class RecapCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="recap", description="Summarize the last N hours of this channel")
    async def recap(self, interaction: discord.Interaction, hours: app_commands.Range[int, 1, 72] = 8) -> None:
        await interaction.response.defer(thinking=True)
        transcript = await _collect(interaction.channel, hours)
        if not transcript:
            await interaction.followup.send("Nothing to recap.")
            return
        response = await acompletion(
            model=models.LITELLM_SUMMARY,
            messages=[{"role": "user", "content": prompts.THREAD_SUMMARY.format(thread=transcript[-30000:])}],
            max_tokens=700,
        )
        await interaction.followup.send(response.choices[0].message.content[:2000])

    @app_commands.command(name="recap-week", description="Weekly recap (uses the larger model)")
    async def recap_week(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        transcript = await _collect(interaction.channel, hours=24 * 7, limit=2000)
        async with llm_tracker.track_llm_call(
            provider="mistral", model=models.LITELLM_DIGEST, feature_context="discord_recap_week"
        ) as usage_log:
            response = await acompletion(
                model=models.LITELLM_DIGEST,
                messages=[{"role": "user", "content": prompts.THREAD_SUMMARY.format(thread=transcript[-60000:])}],
                max_tokens=1200,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        await interaction.followup.send(response.choices[0].message.content[:2000])


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(RecapCog(bot))
