"""Nightly community digest.

Digests aren't urgent, so by default they go through the Message Batches API at half
price; results are picked up by a second loop and posted when ready.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import TYPE_CHECKING, Dict, List

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.ai import prompts
from bot.config import settings
from bot.db.guild_settings import GuildSettings
from bot.utils import format_transcript, info_embed

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

DIGEST_TIME = dt.time(hour=21, minute=0, tzinfo=dt.timezone.utc)
PER_CHANNEL_LIMIT = 400


class Digest(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.nightly.start()
        self.collect_batches.start()

    def cog_unload(self) -> None:
        self.nightly.cancel()
        self.collect_batches.cancel()

    async def _transcript_for(self, gs: GuildSettings) -> str:
        since = discord.utils.utcnow() - dt.timedelta(days=1)
        parts: List[str] = []
        for channel_id in gs.digest_source_channel_ids:
            channel = self.bot.get_channel(channel_id)
            if not isinstance(channel, discord.TextChannel):
                continue
            msgs = [m async for m in channel.history(limit=PER_CHANNEL_LIMIT, after=since, oldest_first=True)]
            if msgs:
                parts.append(f"## #{channel.name}\n" + format_transcript(msgs, max_chars=30_000))
        return "\n\n".join(parts)

    async def _post(self, guild_id: int, text: str) -> None:
        gs = await self.bot.guild_settings.get(guild_id)
        channel = self.bot.get_channel(gs.digest_channel_id) if gs.digest_channel_id else None
        if channel is None:
            log.info("guild %s has no digest channel anymore", guild_id)
            return
        today = discord.utils.utcnow().strftime("%A %d %B")
        await channel.send(embed=info_embed(f"📰 Daily digest — {today}", text))

    @tasks.loop(time=DIGEST_TIME)
    async def nightly(self) -> None:
        guilds = await self.bot.guild_settings.all_with("digest_channel_id")
        transcripts: Dict[int, str] = {}
        for gs in guilds:
            text = await self._transcript_for(gs)
            if len(text) > 500:
                transcripts[gs.guild_id] = text
        if not transcripts:
            return

        if settings.use_batch_digest and len(transcripts) > 1:
            await self._submit_batch(transcripts)
        else:
            for guild_id, text in transcripts.items():
                await self._post(guild_id, await self._digest_now(text))

    @nightly.before_loop
    async def _before(self) -> None:
        await self.bot.wait_until_ready()

    async def _digest_now(self, transcript: str) -> str:
        msg = await self.bot.anthropic.messages.create(
            model=settings.models.summary,
            max_tokens=700,
            system=prompts.DIGEST_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        return "".join(b.text for b in msg.content if b.type == "text")

    async def _submit_batch(self, transcripts: Dict[int, str]) -> None:
        requests = [
            {
                "custom_id": f"digest-{guild_id}",
                "params": {
                    "model": settings.models.summary,
                    "max_tokens": 700,
                    "system": prompts.DIGEST_SYSTEM,
                    "messages": [{"role": "user", "content": text}],
                },
            }
            for guild_id, text in transcripts.items()
        ]
        batch = await self.bot.anthropic.messages.batches.create(requests=requests)
        await self.bot.store.digests.add(batch.id, list(transcripts))
        log.info("submitted digest batch %s for %d guilds", batch.id, len(requests))

    @tasks.loop(minutes=10)
    async def collect_batches(self) -> None:
        for row in await self.bot.store.digests.pending():
            batch_id = row["batch_id"]
            batch = await self.bot.anthropic.messages.batches.retrieve(batch_id)
            if batch.processing_status != "ended":
                continue
            async for entry in await self.bot.anthropic.messages.batches.results(batch_id):
                guild_id = int(entry.custom_id.split("-", 1)[1])
                if entry.result.type != "succeeded":
                    log.warning("digest for guild %s failed: %s", guild_id, entry.result.type)
                    continue
                text = "".join(b.text for b in entry.result.message.content if b.type == "text")
                await self._post(guild_id, text)
            await self.bot.store.digests.set_status(batch_id, "posted")

    @collect_batches.before_loop
    async def _before_collect(self) -> None:
        await self.bot.wait_until_ready()

    @app_commands.command(name="digest-now", description="Post today's digest immediately")
    @app_commands.default_permissions(manage_guild=True)
    async def digest_now(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        gs = await self.bot.guild_settings.get(interaction.guild_id)
        if not gs.digest_channel_id or not gs.digest_source_channel_ids:
            await interaction.followup.send("Set up the digest first with `/settings digest`.", ephemeral=True)
            return
        text = await self._transcript_for(gs)
        if not text:
            await interaction.followup.send("Nothing happened in the last 24h.", ephemeral=True)
            return
        await self._post(gs.guild_id, await self._digest_now(text))
        await interaction.followup.send("Posted.", ephemeral=True)


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Digest(bot))
