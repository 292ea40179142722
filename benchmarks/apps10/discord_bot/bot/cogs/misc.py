from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot import __version__
from bot.config import settings
from bot.utils import info_embed

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

DURATION_RE = re.compile(r"(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?$")


def parse_duration(text: str) -> dt.timedelta:
    m = DURATION_RE.match(text.strip().lower())
    if not m or not any(m.groups()):
        raise ValueError(text)
    days, hours, minutes = (int(g or 0) for g in m.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes)


class Misc(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.deliver_reminders.start()
        if settings.healthcheck_url:
            self.heartbeat.start()

    def cog_unload(self) -> None:
        self.deliver_reminders.cancel()
        self.heartbeat.cancel()

    @app_commands.command(name="ping", description="Check that Lumen is alive")
    async def ping(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"🏓 {self.bot.latency * 1000:.0f} ms · v{__version__}")

    @app_commands.command(name="help", description="What can Lumen do?")
    async def help(self, interaction: discord.Interaction) -> None:
        cmds = sorted(self.bot.tree.get_commands(), key=lambda c: c.name)
        lines = [f"`/{c.name}` — {getattr(c, 'description', '')}" for c in cmds]
        await interaction.response.send_message(embed=info_embed("Lumen commands", "\n".join(lines)), ephemeral=True)

    @app_commands.command(name="remind", description="Remind you about something later")
    @app_commands.describe(when="e.g. 10m, 2h, 1d 3h", what="What should I remind you about?")
    async def remind(self, interaction: discord.Interaction, when: str, what: str) -> None:
        try:
            delta = parse_duration(when)
        except ValueError:
            await interaction.response.send_message("I didn't understand that time. Try `10m`, `2h` or `1d`.",
                                                    ephemeral=True)
            return
        if delta > dt.timedelta(days=60):
            await interaction.response.send_message("I can only remember things for 60 days.", ephemeral=True)
            return
        due = discord.utils.utcnow() + delta
        reminder_id = await self.bot.store.reminders.create(
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
            user_id=interaction.user.id,
            due_at=due,
            content=what[:500],
        )
        await interaction.response.send_message(
            f"⏰ Got it (#{reminder_id}), I'll remind you {discord.utils.format_dt(due, 'R')}.", ephemeral=True
        )

    @tasks.loop(seconds=30)
    async def deliver_reminders(self) -> None:
        for r in await self.bot.store.reminders.due():
            channel = self.bot.get_channel(r.channel_id)
            try:
                if channel is not None:
                    await channel.send(f"<@{r.user_id}> ⏰ {r.content}",
                                       allowed_mentions=discord.AllowedMentions(users=True))
            except discord.HTTPException:
                log.warning("could not deliver reminder %s", r.id)
            await self.bot.store.reminders.mark_done(r.id)

    @deliver_reminders.before_loop
    async def _before_reminders(self) -> None:
        await self.bot.wait_until_ready()

    @tasks.loop(minutes=5)
    async def heartbeat(self) -> None:
        body = f"guilds={len(self.bot.guilds)} latency={self.bot.latency:.3f}"
        try:
            async with self.bot.http_session.post(settings.healthcheck_url, data=body) as resp:
                resp.raise_for_status()
        except aiohttp.ClientError as exc:
            log.warning("healthcheck ping failed: %r", exc)

    @heartbeat.before_loop
    async def _before_heartbeat(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Misc(bot))
