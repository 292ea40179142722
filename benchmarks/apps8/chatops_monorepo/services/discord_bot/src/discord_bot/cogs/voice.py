from __future__ import annotations

import io
import logging

import discord
from discord import app_commands
from discord.ext import commands

from botkit.llm import async_groq_client, models

logger = logging.getLogger(__name__)

MAX_AUDIO_BYTES = 25 * 1024 * 1024
MAX_TTS_CHARS = 1200


class VoiceCog(commands.Cog):
    """Voice notes in, voice notes out."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.groq = async_groq_client()

    @app_commands.command(name="transcribe", description="Transcribe an audio attachment")
    async def transcribe(self, interaction: discord.Interaction, audio: discord.Attachment) -> None:
        if audio.size > MAX_AUDIO_BYTES:
            await interaction.response.send_message("File too large (25 MB max).", ephemeral=True)
            return
        await interaction.response.defer(thinking=True)
        data = await audio.read()
        transcription = await self.groq.audio.transcriptions.create(
            file=(audio.filename, data),
            model=models.WHISPER,
            response_format="verbose_json",
        )
        logger.info("transcribed %s (%.0fs audio)", audio.filename, getattr(transcription, "duration", 0))
        await interaction.followup.send(transcription.text[:2000] or "(no speech detected)")

    @app_commands.command(name="say", description="Read text aloud as an audio file")
    async def say(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.response.defer(thinking=True)
        speech = await self.groq.audio.speech.create(
            model=models.TTS,
            voice=models.TTS_VOICE,
            input=text[:MAX_TTS_CHARS],
            response_format="wav",
        )
        audio = await speech.read()
        await interaction.followup.send(file=discord.File(io.BytesIO(audio), filename="say.wav"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(VoiceCog(bot))
