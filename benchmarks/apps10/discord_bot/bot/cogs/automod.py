"""LLM-assisted automod.

Written before we had the groq SDK in requirements: it talks to Groq through the
OpenAI client, which works because Groq exposes an OpenAI-compatible endpoint.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import discord
from discord import app_commands
from discord.ext import commands, tasks
from openai import AsyncOpenAI

from bot.ai import prompts
from bot.config import settings

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

GROQ_BASE_URL = "https://api.groq.com/openai/v1"
CLASSIFIER_MODEL = "llama-3.1-8b-instant"
APPEAL_MODEL = "llama-3.3-70b-versatile"

FLAG_THRESHOLD = 0.8
URL_RE = re.compile(r"https?://\S+")
INVITE_RE = re.compile(r"discord(?:\.gg|(?:app)?\.com/invite)/\w+", re.I)


@dataclass
class Verdict:
    label: str
    confidence: float
    reason: str

    @property
    def flagged(self) -> bool:
        return self.label != "ok" and self.confidence >= FLAG_THRESHOLD


class AutoMod(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self._client = AsyncOpenAI(api_key=settings.groq_api_key, base_url=GROQ_BASE_URL, max_retries=1)
        self._queue: "asyncio.Queue[discord.Message]" = asyncio.Queue(maxsize=500)
        self._recent_verdicts: dict = {}
        self.worker.start()

    def cog_unload(self) -> None:
        self.worker.cancel()

    @staticmethod
    def _worth_checking(message: discord.Message) -> bool:
        text = message.content
        if len(text) < 12 and not URL_RE.search(text):
            return False
        return True

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None:
            return
        if isinstance(message.author, discord.Member) and message.author.guild_permissions.manage_messages:
            return
        gs = await self.bot.guild_settings.get(message.guild.id)
        if not gs.automod_enabled or not self._worth_checking(message):
            return
        try:
            self._queue.put_nowait(message)
        except asyncio.QueueFull:
            log.warning("automod queue full, dropping message %s", message.id)

    @tasks.loop(seconds=0.5)
    async def worker(self) -> None:
        message = await self._queue.get()
        try:
            verdict = await self.classify(message.content)
        except Exception:
            log.exception("automod classification failed")
            return
        self._recent_verdicts[message.id] = (message.content, verdict)
        if verdict.flagged:
            await self._act(message, verdict)

    @worker.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def classify(self, text: str) -> Verdict:
        hint = " (contains a server invite)" if INVITE_RE.search(text) else ""
        resp = await self._client.chat.completions.create(
            model=CLASSIFIER_MODEL,
            messages=[
                {"role": "system", "content": prompts.AUTOMOD_SYSTEM},
                {"role": "user", "content": text[:2000] + hint},
            ],
            temperature=0,
            max_tokens=80,
            response_format={"type": "json_object"},
        )
        try:
            data = json.loads(resp.choices[0].message.content)
            return Verdict(str(data.get("label", "ok")), float(data.get("confidence", 0)), str(data.get("reason", "")))
        except (TypeError, ValueError):
            return Verdict("ok", 0.0, "unparseable")

    async def _act(self, message: discord.Message, verdict: Verdict) -> None:
        gs = await self.bot.guild_settings.get(message.guild.id)
        try:
            await message.delete()
        except discord.HTTPException:
            log.info("could not delete %s", message.id)
        try:
            await message.author.send(
                f"Your message in **{message.guild.name}** was removed automatically ({verdict.label}). "
                "If you think this was a mistake, use `/appeal` in the server."
            )
        except discord.Forbidden:
            pass

        if gs.mod_webhook_url:
            payload = {
                "username": "Lumen AutoMod",
                "embeds": [{
                    "title": f"Removed message ({verdict.label}, {verdict.confidence:.0%})",
                    "description": message.content[:1500],
                    "fields": [
                        {"name": "Author", "value": f"{message.author} ({message.author.id})"},
                        {"name": "Channel", "value": message.channel.mention},
                        {"name": "Reason", "value": verdict.reason[:200] or "—"},
                    ],
                }],
            }
            async with self.bot.http_session.post(gs.mod_webhook_url, json=payload) as resp:
                if resp.status >= 300:
                    log.warning("mod webhook returned %s", resp.status)

    @app_commands.command(name="appeal", description="Appeal an automatic moderation removal")
    async def appeal(self, interaction: discord.Interaction, message_id: str, reason: str) -> None:
        entry = self._recent_verdicts.get(int(message_id)) if message_id.isdigit() else None
        if entry is None:
            await interaction.response.send_message("I don't have a recent removal with that ID.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True)
        original, verdict = entry
        resp = await self._client.chat.completions.create(
            model=APPEAL_MODEL,
            messages=[
                {"role": "system", "content": prompts.AUTOMOD_APPEAL},
                {"role": "user", "content": json.dumps({
                    "message": original, "label": verdict.label, "reason": verdict.reason, "appeal": reason,
                })},
            ],
            max_tokens=200,
        )
        note = resp.choices[0].message.content
        gs = await self.bot.guild_settings.get(interaction.guild_id)
        channel: Optional[discord.abc.Messageable] = (
            self.bot.get_channel(gs.automod_log_channel_id) if gs.automod_log_channel_id else None
        )
        if channel is not None:
            await channel.send(f"**Appeal from {interaction.user.mention}** for `{message_id}`\n{note}")
        await interaction.followup.send("Thanks, your appeal was sent to the moderators.", ephemeral=True)


async def setup(bot: "LumenBot") -> None:
    if not settings.groq_api_key:
        log.warning("GROQ_API_KEY not set; automod disabled")
        return
    await bot.add_cog(AutoMod(bot))
