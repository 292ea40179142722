"""Image commands: /imagine (Replicate FLUX), /sticker (Together FLUX schnell), /grokart (xAI)."""
from __future__ import annotations

import base64
import io
import logging

import discord
import httpx
from discord import app_commands
from discord.ext import commands

from shared.config import FLUX_PRO_MODEL
from shared.errors import BotError
from shared.images import archive_image, quick_image
from shared.moderation import check_text

log = logging.getLogger(__name__)

STICKER_MODEL = "black-forest-labs/FLUX.1-schnell"
GROK_IMAGE_MODEL = "grok-2-image"


class ImagesCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.replicate = bot.llm.replicate
        self.grok = bot.llm.grok
        self._http = httpx.AsyncClient(timeout=60)

    async def cog_unload(self):
        await self._http.aclose()

    async def _guard(self, interaction: discord.Interaction, prompt: str) -> bool:
        try:
            await self.bot.limiter.check_image(str(interaction.user.id))
            await check_text(prompt)
        except BotError as err:
            await interaction.response.send_message(err.user_message, ephemeral=True)
            return False
        return True

    async def _send_image(self, interaction: discord.Interaction, data: bytes, prompt: str, filename: str):
        await interaction.followup.send(
            content=f"**{interaction.user.display_name}**: {prompt[:1800]}",
            file=discord.File(io.BytesIO(data), filename=filename),
        )

    @app_commands.command(name="imagine", description="Generate an image")
    @app_commands.describe(hq="Use FLUX 1.1 pro (slower)")
    async def imagine(self, interaction: discord.Interaction, prompt: str, hq: bool = False):
        if not await self._guard(interaction, prompt):
            return
        await interaction.response.defer(thinking=True)

        if not hq:
            image = await quick_image(prompt)
            img = await self._http.get(image.url)
            await self._send_image(interaction, img.content, prompt, "imagine.webp")
            return

        prediction = await self.replicate.predictions.async_create(
            model=FLUX_PRO_MODEL,
            input={"prompt": prompt, "aspect_ratio": "1:1", "output_format": "png", "safety_tolerance": 2},
        )
        await prediction.async_wait()
        if prediction.status != "succeeded":
            await interaction.followup.send(f"Image failed: {prediction.error or prediction.status}")
            return
        img = await self._http.get(prediction.output)
        await archive_image(img.content, prompt, ext="png")
        await self._send_image(interaction, img.content, prompt, "imagine-hq.png")

    @app_commands.command(name="sticker", description="Quick 512px sticker-style image")
    async def sticker(self, interaction: discord.Interaction, subject: str):
        if not await self._guard(interaction, subject):
            return
        await interaction.response.defer(thinking=True)
        result = await self.bot.llm.together.images.generate(
            model=STICKER_MODEL,
            prompt=f"die-cut sticker of {subject}, thick white border, flat vector style, plain background",
            width=512,
            height=512,
            steps=4,
            n=1,
            response_format="base64",
        )
        data = base64.b64decode(result.data[0].b64_json)
        await self._send_image(interaction, data, subject, "sticker.png")

    @app_commands.command(name="grokart", description="Generate an image with Grok")
    async def grokart(self, interaction: discord.Interaction, prompt: str):
        if not await self._guard(interaction, prompt):
            return
        await interaction.response.defer(thinking=True)
        response = await self.grok.image.sample(
            prompt=prompt,
            model=GROK_IMAGE_MODEL,
            image_format="url",
        )
        img = await self._http.get(response.url)
        await self._send_image(interaction, img.content, prompt, "grokart.jpg")


async def setup(bot):
    await bot.add_cog(ImagesCog(bot))
