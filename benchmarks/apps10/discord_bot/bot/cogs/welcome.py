from __future__ import annotations

import logging
import os
import random
from typing import TYPE_CHECKING, Optional

import aiohttp
import discord
from discord.ext import commands

from bot.ai import prompts

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

# Welcomes run on the self-hosted box only: they're high volume and low stakes.
OLLAMA_URL = os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434").rstrip("/")
WELCOME_MODEL = os.getenv("WELCOME_MODEL", "llama3.2:3b")

FALLBACKS = [
    "Welcome aboard, {name}! Grab a coffee and say hi in {channel}.",
    "Hey {name}, glad you made it! {channel} is a great place to start.",
    "{name} just landed. Welcome! Come introduce yourself in {channel}.",
]


class Welcome(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot

    async def _generate(self, member: discord.Member, channel_hint: str) -> Optional[str]:
        topic = member.guild.description or "a friendly community"
        payload = {
            "model": WELCOME_MODEL,
            "prompt": prompts.WELCOME_PROMPT.format(
                name=member.display_name, guild=member.guild.name, topic=topic, channel=channel_hint
            ),
            "stream": False,
            "options": {"temperature": 0.9, "num_predict": 90},
        }
        try:
            async with self.bot.http_session.post(
                f"{OLLAMA_URL}/api/generate", json=payload, timeout=aiohttp.ClientTimeout(total=20)
            ) as resp:
                if resp.status != 200:
                    log.info("ollama welcome returned HTTP %s", resp.status)
                    return None
                data = await resp.json()
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.info("ollama unreachable for welcome: %r", exc)
            return None
        text = (data.get("response") or "").strip()
        return text or None

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        if member.bot:
            return
        gs = await self.bot.guild_settings.get(member.guild.id)
        if not gs.welcome_channel_id:
            return
        channel = member.guild.get_channel(gs.welcome_channel_id)
        if not isinstance(channel, discord.TextChannel):
            return

        intro = discord.utils.get(member.guild.text_channels, name="introductions")
        channel_hint = intro.mention if intro else channel.mention
        text = await self._generate(member, channel_hint)
        if text is None:
            text = random.choice(FALLBACKS).format(name=member.display_name, channel=channel_hint)
        await channel.send(f"{member.mention} {text}", allowed_mentions=discord.AllowedMentions(users=[member]))


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Welcome(bot))
