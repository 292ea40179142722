"""!tr <lang> <text> and auto-translation for channels that opt in (Mistral)."""
from __future__ import annotations

import asyncio
import logging
import os

from mistralai import Mistral
from twitchio import Message
from twitchio.ext import commands

from bot.llm.prompts import TRANSLATE_SYSTEM

log = logging.getLogger(__name__)

LANGS = {"en": "English", "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese", "ja": "Japanese"}


class TranslateCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot
        self.mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
        self.auto: dict[str, str] = {}  # channel -> target language

    async def translate(self, text: str, language: str) -> str:
        resp = await self.mistral.chat.complete_async(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(language=language)},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
            max_tokens=200,
        )
        return (resp.choices[0].message.content or "").strip()

    def detect_is_target(self, text: str, language: str) -> bool:
        # super crude, but it saves a lot of calls for English channels
        return language == "English" and all(ord(c) < 128 for c in text)

    @commands.command(name="tr", aliases=("translate",))
    async def tr(self, ctx: commands.Context, lang: str = "", *, text: str = "") -> None:
        language = LANGS.get(lang.lower())
        if not language or not text:
            await ctx.reply(f"usage: !tr <{'|'.join(LANGS)}> <text>")
            return
        await ctx.reply(await self.translate(text, language))

    @commands.command(name="autotr")
    async def autotr(self, ctx: commands.Context, lang: str = "off") -> None:
        if not ctx.author.is_mod:
            return
        if lang == "off":
            self.auto.pop(ctx.channel.name, None)
            await ctx.reply("auto-translate off")
        elif lang in LANGS:
            self.auto[ctx.channel.name] = LANGS[lang]
            await ctx.reply(f"auto-translating non-{LANGS[lang]} messages")

    @commands.Cog.event()
    async def event_message(self, message: Message) -> None:
        if message.echo or message.author is None or message.content.startswith("!"):
            return
        target = self.auto.get(message.channel.name)
        if not target or len(message.content) < 12 or self.detect_is_target(message.content, target):
            return
        # the sync client call in a thread: complete_async kept timing out behind the
        # IRC reader during raids (see #241), this is the workaround for now
        resp = await asyncio.to_thread(
            self.mistral.chat.complete,
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(language=target)},
                {"role": "user", "content": message.content},
            ],
            max_tokens=200,
        )
        translated = (resp.choices[0].message.content or "").strip()
        if translated and translated.lower() != message.content.lower():
            await message.channel.send(f"[{message.author.name}] {translated}")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(TranslateCog(bot))
