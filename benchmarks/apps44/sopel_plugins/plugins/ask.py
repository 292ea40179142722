"""`.ask` and friends: question answering with per-user history."""
from __future__ import annotations

import logging

import openai
from sopel import plugin

import sopel_llm
from sopel_llm import backends
from sopel_llm.prompts import irc_system
from sopel_llm.util import reply_text, to_irc_lines

LOGGER = logging.getLogger(__name__)
STORE_KEY = "llm_store"
PLUGIN_OUTPUT_PREFIX = "[ask] "


def setup(bot):
    sopel_llm.configure_section(bot)
    sopel_llm.ensure_clients(bot)
    store = sopel_llm.ConversationStore(bot.settings.llm.history_db)
    store.create()
    bot.memory[STORE_KEY] = store


def shutdown(bot):
    store = bot.memory.pop(STORE_KEY, None)
    if store is not None:
        store.close()
    sopel_llm.close_clients(bot)


def _messages_for(bot, trigger, question):
    store = bot.memory[STORE_KEY]
    history = store.history(trigger.sender, trigger.nick, bot.settings.llm.history_turns)
    return [turn.as_message() for turn in history] + [{"role": "user", "content": question}]


@plugin.command("ask")
@plugin.example(".ask what does EHLO do?")
@plugin.rate(user=15, channel=5)
@plugin.output_prefix(PLUGIN_OUTPUT_PREFIX)
def ask(bot, trigger):
    """Ask the bot a question. It remembers your last few questions."""
    question = trigger.group(2)
    if not question:
        bot.reply("Ask me something, e.g. .ask what is a netsplit?")
        return
    client = bot.memory[sopel_llm.MEMORY_KEY]["openai"]
    messages = [{"role": "system", "content": irc_system(bot.nick, trigger.sender,
                                                         bot.settings.llm.max_reply_lines)}]
    messages += _messages_for(bot, trigger, question)
    try:
        completion = client.chat.completions.create(
            model=bot.settings.llm.openai_model,
            messages=messages,
            max_tokens=350,
            temperature=0.5,
            user=str(trigger.nick),
        )
    except openai.RateLimitError:
        bot.reply("I'm being rate limited, try again in a minute.")
        return
    except openai.APIError as exc:
        LOGGER.warning("ask failed: %s", exc)
        bot.reply("Something went wrong talking to the model.")
        return
    answer = completion.choices[0].message.content or ""
    store = bot.memory[STORE_KEY]
    store.append(trigger.sender, trigger.nick, "user", question, "openai")
    store.append(trigger.sender, trigger.nick, "assistant", answer, "openai")
    reply_text(bot, trigger, answer, bot.settings.llm.max_reply_lines)


@plugin.command("ask4")
@plugin.require_privilege(plugin.VOICE, "Only voiced users can use the big model.")
@plugin.rate(user=60)
@plugin.output_prefix(PLUGIN_OUTPUT_PREFIX)
def ask_big(bot, trigger):
    """Same as .ask but on gpt-4o, through the Responses API, no history."""
    question = trigger.group(2)
    if not question:
        return plugin.NOLIMIT
    client = sopel_llm.openai_client(bot)
    response = client.responses.create(
        model="gpt-4o",
        instructions=irc_system(bot.nick, trigger.sender, bot.settings.llm.max_reply_lines),
        input=question,
        max_output_tokens=500,
    )
    reply_text(bot, trigger, response.output_text, bot.settings.llm.max_reply_lines)


@plugin.command("asklong")
@plugin.require_privmsg("Long answers go to PM: /msg me .asklong <question>")
@plugin.rate(user=30)
def ask_long(bot, trigger):
    """Stream a longer answer to you in private."""
    question = trigger.group(2)
    if not question:
        return
    client = bot.memory[sopel_llm.MEMORY_KEY]["openai"]
    buffer = ""
    sent = 0
    stream = client.chat.completions.create(
        model=bot.settings.llm.openai_model,
        messages=[{"role": "system", "content": irc_system(bot.nick, trigger.nick, 15)},
                  {"role": "user", "content": question}],
        stream=True,
        max_tokens=1200,
    )
    for chunk in stream:
        if not chunk.choices:
            continue
        buffer += chunk.choices[0].delta.content or ""
        while "\n" in buffer and sent < 15:
            line, buffer = buffer.split("\n", 1)
            if line.strip():
                bot.say(line.strip(), trigger.nick)
                sent += 1
    if buffer.strip() and sent < 15:
        bot.say(buffer.strip(), trigger.nick)


@plugin.command("askquota")
@plugin.require_admin
def ask_quota(bot, trigger):
    """Show remaining OpenAI rate limit (admin only)."""
    client = bot.memory[sopel_llm.MEMORY_KEY]["openai"]
    raw = client.with_raw_response.chat.completions.create(
        model=bot.settings.llm.openai_model,
        messages=[{"role": "user", "content": "ok"}],
        max_tokens=1,
    )
    headers = raw.headers
    bot.reply("requests left: {} / tokens left: {}".format(
        headers.get("x-ratelimit-remaining-requests", "?"),
        headers.get("x-ratelimit-remaining-tokens", "?"),
    ))


@plugin.command("askany")
@plugin.example(".askany mistral what is a haiku?")
@plugin.rate(user=15)
@plugin.output_prefix(PLUGIN_OUTPUT_PREFIX)
def ask_any(bot, trigger):
    """Ask a specific backend: .askany <openai|anthropic|mistral|cohere|openrouter> <question>"""
    name = trigger.group(3)
    question = (trigger.group(2) or "").partition(" ")[2]
    if not name or not question:
        bot.reply("usage: .askany <backend> <question>")
        return
    try:
        backend = backends.get_backend(bot, name.lower())
    except LookupError as exc:
        bot.reply(str(exc))
        return
    reply = backend.complete(irc_system(bot.nick, trigger.sender), _messages_for(bot, trigger, question))
    for line in to_irc_lines(reply.text, bot.settings.llm.max_reply_lines):
        bot.say(line)


@plugin.command("forget")
def forget(bot, trigger):
    """Forget your conversation history in this channel."""
    n = bot.memory[STORE_KEY].clear(trigger.sender, trigger.nick)
    bot.reply(f"Forgot {n} messages.")
