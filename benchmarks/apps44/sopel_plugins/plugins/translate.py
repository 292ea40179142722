"""`.tr <lang> <text>` plus optional auto-translation for some channels."""
from __future__ import annotations

import asyncio
import logging
import re

from sopel import plugin

import sopel_llm
from sopel_llm.clients import make_mistral_client
from sopel_llm.config import TranslateSection
from sopel_llm.prompts import TRANSLATE_SYSTEM

LOGGER = logging.getLogger(__name__)
LANG_ALIASES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "ja": "Japanese"}
_ASCII_ONLY = re.compile(r"^[\x00-\x7f]*$")


class Glossary:
    """Project terms we never want translated (channel topic words etc.)."""

    def __init__(self, terms=()):
        self.terms = {t.lower(): t for t in terms}

    def translate(self, text: str) -> str:
        # pre-process: wrap protected terms so the model leaves them alone
        for low, orig in self.terms.items():
            text = re.sub(rf"\b{re.escape(low)}\b", f"«{orig}»", text, flags=re.IGNORECASE)
        return text

    def restore(self, text: str) -> str:
        return text.replace("«", "").replace("»", "")


glossary = Glossary(["sopel", "znc", "libera", "nickserv"])


def setup(bot):
    sopel_llm.configure_section(bot)
    bot.settings.define_section("translate", TranslateSection)
    sopel_llm.ensure_clients(bot)
    if bot.settings.translate.auto_channels:
        # auto mode runs lots of small requests; give it a dedicated client
        bot.memory["translate_mistral"] = make_mistral_client(bot.settings.llm)


def configure(config):
    config.define_section("translate", TranslateSection)
    config.translate.configure_setting("auto_channels", "Channels to auto-translate into English")


@plugin.command("tr", "translate")
@plugin.example(".tr de good morning everyone")
@plugin.rate(user=10)
def translate_cmd(bot, trigger):
    """Translate text: .tr <lang> <text>"""
    lang = (trigger.group(3) or "").lower()
    text = (trigger.group(2) or "").partition(" ")[2]
    if not lang or not text:
        bot.reply("usage: .tr <lang> <text>")
        return
    target = LANG_ALIASES.get(lang, lang.capitalize())
    client = bot.memory[sopel_llm.MEMORY_KEY]["openrouter"]
    result = client.chat.completions.create(
        model=bot.settings.translate.model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
            {"role": "user", "content": glossary.translate(text)},
        ],
        max_tokens=300,
        temperature=0,
    )
    bot.reply(glossary.restore(result.choices[0].message.content.strip()))


async def _translate_batch(client, model, texts, target):
    async def one(text):
        res = await client.chat.complete_async(
            model=model,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
                {"role": "user", "content": text},
            ],
            max_tokens=200,
        )
        return res.choices[0].message.content.strip()

    return await asyncio.gather(*(one(t) for t in texts), return_exceptions=True)


@plugin.rule(r".{12,}")
@plugin.require_chanmsg
@plugin.priority("low")
def auto_translate(bot, trigger):
    if trigger.sender not in bot.settings.translate.auto_channels:
        return
    text = str(trigger.group(0))
    if _ASCII_ONLY.match(text):
        # cheap heuristic: assume ASCII is already English
        return
    client = bot.memory.get("translate_mistral")
    if client is None:
        return
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    results = asyncio.run(_translate_batch(
        client, bot.settings.llm.mistral_model, sentences, bot.settings.translate.target_language
    ))
    good = [r for r in results if isinstance(r, str)]
    if good:
        bot.say(f"<{trigger.nick}> " + " ".join(good))
