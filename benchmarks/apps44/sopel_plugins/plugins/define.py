"""`.define <term>`: short definitions from Cohere (legacy v1 client)."""
from __future__ import annotations

import cohere
from sopel import plugin, tools

DEFINE_PREAMBLE = (
    "Give a one-sentence dictionary-style definition of the term. If it is jargon from "
    "IRC, networking or programming, say which."
)


def setup(bot):
    bot.memory["define_cache"] = tools.SopelMemory()
    bot.memory["define_co"] = cohere.Client(bot.settings.llm.cohere_api_key)


@plugin.command("define", "def")
@plugin.example(".define netsplit")
@plugin.rate(user=10)
def define(bot, trigger):
    term = (trigger.group(2) or "").strip()
    if not term:
        bot.reply("usage: .define <term>")
        return
    cache = bot.memory["define_cache"]
    if term.lower() in cache:
        bot.reply(cache[term.lower()])
        return
    co = bot.memory["define_co"]
    response = co.chat(
        message=term,
        preamble=DEFINE_PREAMBLE,
        model="command-r-08-2024",
        max_tokens=80,
        temperature=0.2,
    )
    definition = response.text.strip().replace("\n", " ")
    cache[term.lower()] = definition
    bot.reply(definition)
