from __future__ import annotations

import base64
import io
import logging

import anthropic
import hikari
import lightbulb

from bot.llm.prompts import IMAGE_PROMPT_REWRITE

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Images")

# prompt rewriting is cheap, so it gets its own small client with the haiku model
_rewriter = anthropic.AsyncAnthropic()
REWRITE_MODEL = "claude-3-5-haiku-20241022"


async def rewrite_prompt(request: str) -> str:
    msg = await _rewriter.messages.create(
        model=REWRITE_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": IMAGE_PROMPT_REWRITE.substitute(request=request)}],
    )
    return msg.content[0].text.strip()


@plugin.command
@lightbulb.option("enhance", "Let Hikari improve the prompt first", type=bool, required=False, default=True)
@lightbulb.option("size", "Image size", required=False, default="1024x1024", choices=["1024x1024", "1792x1024", "1024x1792"])
@lightbulb.option("prompt", "What should I draw?", required=True)
@lightbulb.command("imagine", "Generate an image", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def imagine(ctx: lightbulb.SlashContext) -> None:
    prompt = ctx.options.prompt
    if ctx.options.enhance:
        prompt = await rewrite_prompt(prompt)
    openai_client = ctx.bot.d.openai
    result = await openai_client.images.generate(
        model=ctx.bot.d.settings.image_model,
        prompt=prompt,
        size=ctx.options.size,
        quality="standard",
        n=1,
    )
    image = result.data[0]
    embed = hikari.Embed(title="Here you go ✨", description=(image.revised_prompt or prompt)[:4000])
    embed.set_image(image.url)
    await ctx.respond(embed=embed)


@plugin.command
@lightbulb.option("prompt", "What should I draw?", required=True)
@lightbulb.command("imagen", "Generate an image with Imagen", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def imagen(ctx: lightbulb.SlashContext) -> None:
    response = await ctx.bot.d.genai.aio.models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=ctx.options.prompt,
        config={"number_of_images": 1, "aspect_ratio": "1:1"},
    )
    if not response.generated_images:
        await ctx.respond("Imagen refused that prompt.")
        return
    data = response.generated_images[0].image.image_bytes
    await ctx.respond(attachment=hikari.Bytes(io.BytesIO(data), "imagen.png"))


@plugin.command
@lightbulb.option("image", "Image to riff on", type=hikari.Attachment, required=True)
@lightbulb.command("variation", "Create a variation of an uploaded image", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def variation(ctx: lightbulb.SlashContext) -> None:
    attachment: hikari.Attachment = ctx.options.image
    if not (attachment.media_type or "").startswith("image/png"):
        await ctx.respond("Please upload a square PNG.")
        return
    raw = await attachment.read()
    out = await plugin.bot.d.openai.images.create_variation(
        image=("input.png", raw, "image/png"),
        n=1,
        size="1024x1024",
        response_format="b64_json",
    )
    png = base64.b64decode(out.data[0].b64_json)
    await ctx.respond(attachment=hikari.Bytes(png, "variation.png"))


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
