"""!translate <lang> <text> and !detect."""
from __future__ import annotations

from functools import partial

import litellm

from bot.context import CommandContext
from bot.llm.prompts import TRANSLATE_SYSTEM
from bot.router import router

LANG_ALIASES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "ja": "Japanese", "pt": "Portuguese"}

_translate = partial(litellm.acompletion, model="gpt-4o-mini", temperature=0, max_tokens=800)


@router.command("translate", help="!translate <lang> <text>", aliases=("tr",))
async def translate(ctx: CommandContext) -> None:
    lang, _, text = ctx.args.partition(" ")
    if not text:
        await ctx.reply("Usage: `!translate de Hello there`")
        return
    target = LANG_ALIASES.get(lang.lower(), lang)
    resp = await _translate(
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
            {"role": "user", "content": text},
        ]
    )
    await ctx.reply(resp.choices[0].message.content.strip(), markdown=False)


@router.command("detect", help="!detect <text> — which language is this?")
async def detect(ctx: CommandContext) -> None:
    resp = await ctx.bot.together.chat.completions.create(
        model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        messages=[
            {"role": "system", "content": "Name the language of the user's text. One word."},
            {"role": "user", "content": ctx.args},
        ],
        max_tokens=5,
    )
    await ctx.reply(resp.choices[0].message.content.strip())
