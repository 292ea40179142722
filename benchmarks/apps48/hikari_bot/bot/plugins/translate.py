from __future__ import annotations

import functools
import logging

import hikari
import lightbulb

from bot.llm.prompts import TRANSLATE_TEMPLATE

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Translate")

LANGS = {
    "en": "English",
    "ja": "Japanese",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
}


@plugin.command
@lightbulb.command("Translate to English", "Translate this message", auto_defer=True, ephemeral=True)
@lightbulb.implements(lightbulb.MessageCommand)
async def translate_message(ctx: lightbulb.MessageContext) -> None:
    target: hikari.Message = ctx.options.target
    if not target.content:
        await ctx.respond("Nothing to translate.")
        return
    await ctx.respond(await _translate(ctx.bot, target.content, "English"))


@plugin.command
@lightbulb.option("lang", "Target language", required=True, choices=list(LANGS))
@lightbulb.option("text", "Text to translate", required=True)
@lightbulb.command("translate", "Translate some text", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def translate_cmd(ctx: lightbulb.SlashContext) -> None:
    await ctx.respond(await _translate(ctx.bot, ctx.options.text, LANGS[ctx.options.lang]))


async def _translate(bot: lightbulb.BotApp, text: str, lang: str) -> str:
    create = functools.partial(
        bot.d.groq.chat.completions.create,
        model=bot.d.settings.fast_model,
        temperature=0,
        max_tokens=1024,
    )
    resp = await create(
        messages=[{"role": "user", "content": TRANSLATE_TEMPLATE.substitute(lang=lang, text=text)}]
    )
    return resp.choices[0].message.content or "(no translation)"


@plugin.command
@lightbulb.option("audio", "Voice message / audio file", type=hikari.Attachment, required=True)
@lightbulb.command("transcribe", "Transcribe an audio attachment", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def transcribe(ctx: lightbulb.SlashContext) -> None:
    att: hikari.Attachment = ctx.options.audio
    if att.size > 25 * 1024 * 1024:
        await ctx.respond("File too large (25 MB max).")
        return
    data = await att.read()
    transcription = await ctx.bot.d.groq.audio.transcriptions.create(
        file=(att.filename, data),
        model="whisper-large-v3-turbo",
        response_format="json",
    )
    await ctx.respond(f">>> {transcription.text[:1900]}")


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
