from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.ai import prompts
from bot.ai.clients import get_groq
from bot.config import settings
from bot.services.transcriber import Transcriber

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)


class VoiceNotes(commands.Cog):
    """Transcribes Discord voice messages and (optionally) translates them."""

    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.transcriber = Transcriber()
        # Groq tells us how many requests we have left; back off translation when low
        self._groq_remaining: Optional[int] = None
        self._groq_reset_at: float = 0.0
        self.ctx_transcribe = app_commands.ContextMenu(name="Transcribe", callback=self.transcribe_menu)
        self.bot.tree.add_command(self.ctx_transcribe)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ctx_transcribe.name, type=self.ctx_transcribe.type)

    async def _translate(self, text: str, language: str) -> Optional[str]:
        if self._groq_remaining is not None and self._groq_remaining < 5 and time.monotonic() < self._groq_reset_at:
            log.info("skipping translation, groq quota low (%s left)", self._groq_remaining)
            return None
        raw = await get_groq().chat.completions.with_raw_response.create(
            model=settings.models.groq_large,
            messages=[
                {"role": "system", "content": prompts.TRANSLATE_SYSTEM.format(language=language)},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
        )
        try:
            self._groq_remaining = int(raw.headers.get("x-ratelimit-remaining-requests", "100"))
            reset = raw.headers.get("x-ratelimit-reset-requests", "0s").rstrip("s")
            self._groq_reset_at = time.monotonic() + float(reset or 0)
        except ValueError:
            pass
        completion = raw.parse()
        return completion.choices[0].message.content

    async def _handle(self, message: discord.Message) -> Optional[str]:
        audio = next((a for a in message.attachments if (a.content_type or "").startswith("audio/")), None)
        if audio is None:
            return None
        data = await audio.read()
        transcript = await self.transcriber.transcribe(audio.filename, data)
        text = transcript.text or "*(no speech detected)*"

        gs = await self.bot.guild_settings.get(message.guild.id) if message.guild else None
        if gs and gs.translate_to and transcript.language and transcript.language[:2] != gs.translate_to[:2]:
            translated = await self._translate(text, gs.translate_to)
            if translated:
                text = f"{text}\n\n**{gs.translate_to}:** {translated}"
        return text

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not message.flags.voice or message.guild is None:
            return
        gs = await self.bot.guild_settings.get(message.guild.id)
        if not gs.voice_transcripts:
            return
        try:
            text = await self._handle(message)
        except Exception:
            log.exception("voice transcription failed for %s", message.id)
            return
        if text:
            await message.reply(f"🗣️ {text[:1950]}", mention_author=False, silent=True)

    async def transcribe_menu(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self._handle(message)
        await interaction.followup.send(text[:2000] if text else "That message has no audio.", ephemeral=True)


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(VoiceNotes(bot))
