"""Voice messages -> text (Whisper on Groq) and /say (Groq TTS).

This cog has its own Groq client: audio uploads need a much longer timeout than
the shared chat client, and we don't want chat retries on 25 MB uploads.
"""
from __future__ import annotations

import io
import logging

import discord
from discord import app_commands
from discord.ext import commands
from groq import AsyncGroq

from shared.config import get_settings
from shared.errors import BotError

log = logging.getLogger(__name__)

WHISPER_MODEL = "whisper-large-v3-turbo"
TTS_MODEL = "playai-tts"
TTS_VOICES = ("Fritz-PlayAI", "Celeste-PlayAI", "Arista-PlayAI", "Mason-PlayAI")
MAX_AUDIO_BYTES = 25 * 1024 * 1024


class VoiceCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.audio = AsyncGroq(api_key=get_settings().groq_api_key, timeout=180.0, max_retries=0)

    async def _transcribe(self, attachment: discord.Attachment) -> str:
        data = await attachment.read()
        transcription = await self.audio.audio.transcriptions.create(
            file=(attachment.filename or "voice.ogg", data),
            model=WHISPER_MODEL,
            response_format="json",
            temperature=0.0,
        )
        return transcription.text.strip()

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message):
        if message.author.bot or not message.attachments:
            return
        voice = [a for a in message.attachments if a.is_voice_message()]
        if not voice or voice[0].size > MAX_AUDIO_BYTES:
            return
        try:
            await self.bot.limiter.hit("transcribe", str(message.author.id), limit=20, window=3600)
        except BotError:
            return
        try:
            text = await self._transcribe(voice[0])
        except Exception:
            log.exception("transcription failed for message %s", message.id)
            return
        if text:
            await message.reply(f"> {text[:1900]}", mention_author=False)

    @app_commands.command(name="say", description="Read text out loud")
    @app_commands.choices(voice=[app_commands.Choice(name=v.split("-")[0], value=v) for v in TTS_VOICES])
    async def say(self, interaction: discord.Interaction, text: str, voice: str = TTS_VOICES[0]):
        if len(text) > 600:
            await interaction.response.send_message("Keep it under 600 characters please.", ephemeral=True)
            return
        await interaction.response.defer()
        speech = await self.audio.audio.speech.create(
            model=TTS_MODEL,
            voice=voice,
            input=text,
            response_format="wav",
        )
        audio = await speech.read()
        await interaction.followup.send(file=discord.File(io.BytesIO(audio), filename="say.wav"))


async def setup(bot):
    await bot.add_cog(VoiceCog(bot))
