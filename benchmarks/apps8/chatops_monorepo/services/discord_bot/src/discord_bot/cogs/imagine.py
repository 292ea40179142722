from __future__ import annotations

import io
import logging

import discord
import replicate
from discord import app_commands
from discord.ext import commands

from botkit.llm import models

logger = logging.getLogger(__name__)


class ImagineCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="imagine", description="Generate an image (flux-dev)")
    @app_commands.describe(prompt="what to draw", wide="16:9 instead of square")
    async def imagine(self, interaction: discord.Interaction, prompt: str, wide: bool = False) -> None:
        await interaction.response.defer(thinking=True)
        try:
            output = await replicate.async_run(
                models.IMAGE_QUALITY,
                input={
                    "prompt": prompt,
                    "aspect_ratio": "16:9" if wide else "1:1",
                    "num_inference_steps": 28,
                    "output_format": "webp",
                },
            )
        except replicate.exceptions.ModelError as exc:
            logger.warning("flux failed: %s", exc)
            await interaction.followup.send("The model refused that one. Try rephrasing?")
            return
        data = await output[0].aread()
        await interaction.followup.send(file=discord.File(io.BytesIO(data), filename="imagine.webp"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ImagineCog(bot))
