from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import TYPE_CHECKING, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.ai import prompts
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.summarizer import Summarizer
from bot.utils import format_transcript, info_embed, split_message

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

TITLE_MODEL = "gpt-4o-mini"


class Summaries(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.summarizer = Summarizer()
        self._title_request = functools.partial(
            bot.openai.chat.completions.create, model=TITLE_MODEL, max_tokens=24, temperature=0.3
        )

    @app_commands.command(name="summarize", description="Summarise recent messages in this channel")
    @app_commands.describe(hours="How far back to look (default 6)", detailed="Use the bigger model")
    @app_commands.checks.cooldown(2, 300.0, key=lambda i: i.channel_id)
    async def summarize(self, interaction: discord.Interaction,
                        hours: app_commands.Range[int, 1, 72] = 6, detailed: bool = False) -> None:
        await interaction.response.defer(thinking=True)
        after = discord.utils.utcnow() - dt.timedelta(hours=hours)
        history = [m async for m in interaction.channel.history(limit=2000, after=after, oldest_first=True)]
        transcript = format_transcript(history, max_chars=400_000)
        if not transcript:
            await interaction.followup.send("No messages to summarise in that window.")
            return

        summary = await self.summarizer.summarize(transcript, detailed=detailed)
        embed = info_embed(f"Last {hours}h in #{interaction.channel.name}", summary.text)
        embed.set_footer(text=f"{len(history)} messages · {summary.chunks} part(s)")
        await interaction.followup.send(embed=embed)

    @app_commands.command(name="tldr", description="One-paragraph TL;DR of a long message")
    async def tldr(self, interaction: discord.Interaction, message_link: str) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        target = await self._resolve(message_link)
        if target is None:
            await interaction.followup.send("Couldn't find that message.", ephemeral=True)
            return
        text = await multi_model_service.generate_response(
            prompt=f"TL;DR this in one short paragraph:\n\n{target.clean_content}",
            task_type="tldr",
            complexity=TaskComplexity.SIMPLE,
            guild_id=interaction.guild_id,
        )
        for chunk in split_message(text):
            await interaction.followup.send(chunk, ephemeral=True)

    async def _resolve(self, link: str) -> Optional[discord.Message]:
        try:
            *_, channel_id, message_id = link.rstrip("/").split("/")
            channel = self.bot.get_channel(int(channel_id)) or await self.bot.fetch_channel(int(channel_id))
            return await channel.fetch_message(int(message_id))
        except (ValueError, discord.HTTPException):
            return None

    @commands.Cog.listener()
    async def on_thread_create(self, thread: discord.Thread) -> None:
        """Forum posts with lazy titles like 'help' get a better one suggested."""
        if not isinstance(thread.parent, discord.ForumChannel) or len(thread.name) > 12:
            return
        starter = thread.starter_message or await thread.fetch_message(thread.id)
        if starter is None or not starter.content:
            return
        resp = await self._title_request(
            messages=[
                {"role": "system", "content": prompts.THREAD_TITLE},
                {"role": "user", "content": starter.content[:2000]},
            ]
        )
        title = (resp.choices[0].message.content or "").strip().strip('"')[:90]
        if title:
            await thread.send(f"💡 Suggested title: **{title}** (mods can rename the post)")


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Summaries(bot))
