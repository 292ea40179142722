from __future__ import annotations

import asyncio
import io
import logging
from collections import Counter
from typing import TYPE_CHECKING

import discord
import replicate
from discord import app_commands
from discord.ext import commands, tasks

from bot.ai import prompts
from bot.ai.clients import get_groq
from bot.config import settings
from bot.errors import FeatureDisabled, QuotaExceeded
from bot.services.image_gen import ImageGenerator
from bot.services.llm_usage_tracker import llm_tracker

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

UPSCALER = "nightmareai/real-esrgan:f121d640bd286e1fdc67f9799164c1d5be36ff74576ee11c803ae5b665dd46aa"
VARIATIONS = "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc"


class Imagine(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.images = ImageGenerator(bot.http_session)
        self._usage: Counter = Counter()  # (guild_id, user_id) -> images today
        self.reset_quota.start()

    def cog_unload(self) -> None:
        self.reset_quota.cancel()

    @tasks.loop(hours=24)
    async def reset_quota(self) -> None:
        self._usage.clear()

    async def _check(self, interaction: discord.Interaction, n: int = 1) -> None:
        gs = await self.bot.guild_settings.get(interaction.guild_id)
        if not gs.images_enabled:
            raise FeatureDisabled()
        key = (interaction.guild_id, interaction.user.id)
        if self._usage[key] + n > gs.daily_image_quota:
            raise QuotaExceeded()
        self._usage[key] += n

    async def _enhance(self, idea: str, guild_id: int) -> str:
        async with llm_tracker.track_llm_call(
            provider="groq", model=settings.models.groq_large, feature_context="imagine_enhance", guild_id=guild_id
        ) as usage_log:
            resp = await get_groq().chat.completions.create(
                model=settings.models.groq_large,
                messages=[
                    {"role": "system", "content": prompts.IMAGE_PROMPT_ENHANCE},
                    {"role": "user", "content": idea},
                ],
                max_completion_tokens=200,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content.strip()

    @app_commands.command(name="imagine", description="Generate an image from a prompt")
    @app_commands.describe(prompt="What should I draw?", aspect="Shape of the image",
                           enhance="Let me flesh out the prompt first")
    @app_commands.choices(aspect=[app_commands.Choice(name=k, value=k)
                                  for k in ("square", "portrait", "landscape", "wide")])
    async def imagine(self, interaction: discord.Interaction, prompt: str,
                      aspect: str = "square", enhance: bool = False) -> None:
        await self._check(interaction)
        await interaction.response.defer(thinking=True)
        if enhance and settings.has_groq:
            prompt = await self._enhance(prompt, interaction.guild_id)
        gs = await self.bot.guild_settings.get(interaction.guild_id)
        safe = not (gs.nsfw_images and getattr(interaction.channel, "nsfw", False))
        [image] = await self.images.generate(prompt, aspect=aspect, safe=safe)
        embed = discord.Embed(description=f"**{interaction.user.display_name}**: {prompt[:300]}")
        embed.set_image(url=image.url)
        embed.set_footer(text=image.model)
        await interaction.followup.send(embed=embed)

    @app_commands.command(name="imagine-style", description="Generate in the community art style")
    async def imagine_style(self, interaction: discord.Interaction, prompt: str, seed: int = None) -> None:
        await self._check(interaction)
        await interaction.response.defer(thinking=True)
        image = await self.images.generate_styled(prompt, seed=seed)
        embed = discord.Embed(description=prompt[:300]).set_image(url=image.url)
        await interaction.followup.send(embed=embed)

    @app_commands.command(name="upscale", description="Upscale an image attachment 4x")
    async def upscale(self, interaction: discord.Interaction, image: discord.Attachment) -> None:
        if not (image.content_type or "").startswith("image/"):
            await interaction.response.send_message("That's not an image.", ephemeral=True)
            return
        await self._check(interaction)
        await interaction.response.defer(thinking=True)
        output = await replicate.async_run(UPSCALER, input={"image": image.url, "scale": 4, "face_enhance": False})
        data = await output.aread()
        await interaction.followup.send(file=discord.File(io.BytesIO(data), filename=f"upscaled_{image.filename}"))

    @app_commands.command(name="variations", description="Make variations of an image")
    async def variations(self, interaction: discord.Interaction, image: discord.Attachment,
                         count: app_commands.Range[int, 1, 4] = 2) -> None:
        await self._check(interaction, n=count)
        await interaction.response.defer(thinking=True)
        # old sync path from before we had async_run; runs in a thread so we don't block the loop
        outputs = await asyncio.to_thread(
            replicate.run,
            VARIATIONS,
            input={"image": image.url, "prompt_strength": 0.55, "num_outputs": count},
        )
        files = [discord.File(io.BytesIO(o.read()), filename=f"variation_{i}.png") for i, o in enumerate(outputs)]
        await interaction.followup.send(files=files)


async def setup(bot: "LumenBot") -> None:
    if not settings.replicate_api_token:
        log.warning("REPLICATE_API_TOKEN not set; image commands disabled")
        return
    await bot.add_cog(Imagine(bot))
