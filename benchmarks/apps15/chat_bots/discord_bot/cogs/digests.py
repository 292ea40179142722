"""Weekly digest for Discord channels that opted in with /digest-subscribe."""
from __future__ import annotations

import datetime as dt
import logging

import discord
from discord import app_commands
from discord.ext import commands, tasks

from shared.digest import DigestInput, build_digest

log = logging.getLogger(__name__)

SUBS_KEY = "digest:discord:subs"  # hash channel_id -> target channel id


class DigestCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.weekly.start()

    async def cog_unload(self):
        self.weekly.cancel()

    @app_commands.command(name="digest-subscribe", description="Post a weekly digest of this channel")
    @app_commands.default_permissions(manage_channels=True)
    async def subscribe(self, interaction: discord.Interaction, target: discord.TextChannel):
        await self.bot.store.redis.hset(SUBS_KEY, str(interaction.channel_id), str(target.id))
        await interaction.response.send_message(f"Weekly digest of this channel will go to {target.mention}.")

    @app_commands.command(name="digest-unsubscribe", description="Stop the weekly digest")
    @app_commands.default_permissions(manage_channels=True)
    async def unsubscribe(self, interaction: discord.Interaction):
        await self.bot.store.redis.hdel(SUBS_KEY, str(interaction.channel_id))
        await interaction.response.send_message("Digest turned off.", ephemeral=True)

    async def _collect(self, channel: discord.TextChannel) -> DigestInput:
        after = discord.utils.utcnow() - dt.timedelta(days=7)
        lines = []
        async for msg in channel.history(after=after, limit=2000, oldest_first=True):
            if msg.author.bot or not msg.content:
                continue
            lines.append(f"{msg.author.display_name}: {msg.content}")
        return DigestInput(channel=channel.name, period="last 7 days", lines=lines)

    @tasks.loop(time=dt.time(hour=9, tzinfo=dt.timezone.utc))
    async def weekly(self):
        if dt.datetime.utcnow().weekday() != 0:  # Mondays only
            return
        subs = await self.bot.store.redis.hgetall(SUBS_KEY)
        for source_id, target_id in subs.items():
            source = self.bot.get_channel(int(source_id))
            target = self.bot.get_channel(int(target_id))
            if source is None or target is None:
                continue
            try:
                digest = await build_digest(await self._collect(source))
            except Exception:
                log.exception("weekly digest failed for %s", source_id)
                continue
            if not digest:
                continue
            header = await target.send(f"📰 **Weekly digest for #{digest.channel}**")
            thread = await header.create_thread(name=f"digest-{digest.channel}-{dt.date.today():%Y-%m-%d}")
            await thread.send(digest.text[:1990])

    @weekly.before_loop
    async def _wait_ready(self):
        await self.bot.wait_until_ready()


async def setup(bot):
    await bot.add_cog(DigestCog(bot))
