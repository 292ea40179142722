"""`.claude` / `.haiku`: Anthropic-backed commands (by jonas, 2024)."""
from __future__ import annotations

import logging

import anthropic
from sopel import plugin

import sopel_llm
from sopel_llm.prompts import irc_system
from sopel_llm.util import reply_text

LOGGER = logging.getLogger(__name__)

_haiku_client = None


def setup(bot):
    sopel_llm.configure_section(bot)
    sopel_llm.ensure_clients(bot)


def _fast_client(bot) -> anthropic.Anthropic:
    # the haiku command predates the shared clients and has its own short timeout
    global _haiku_client
    if _haiku_client is None:
        _haiku_client = anthropic.Anthropic(
            api_key=bot.settings.llm.anthropic_api_key,
            timeout=8.0,
            max_retries=0,
        )
    return _haiku_client


@plugin.command("claude", "c")
@plugin.example(".claude explain CTCP in one line")
@plugin.rate(user=20)
def claude(bot, trigger):
    """Ask Claude."""
    prompt = trigger.group(2)
    if not prompt:
        bot.reply("usage: .claude <question>")
        return
    client = sopel_llm.anthropic_client(bot)
    try:
        message = client.messages.create(
            model=bot.settings.llm.anthropic_model,
            max_tokens=400,
            system=irc_system(bot.nick, trigger.sender, bot.settings.llm.max_reply_lines),
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIStatusError as exc:
        LOGGER.warning("claude: %s", exc)
        bot.reply(f"Claude said no ({exc.status_code}).")
        return
    text = "".join(b.text for b in message.content if b.type == "text")
    reply_text(bot, trigger, text, bot.settings.llm.max_reply_lines)


@plugin.command("claudepm")
@plugin.require_privmsg
@plugin.rate(user=60)
def claude_pm(bot, trigger):
    """Longer Claude answer, streamed line by line in PM."""
    prompt = trigger.group(2)
    if not prompt:
        return
    client = bot.memory[sopel_llm.MEMORY_KEY]["anthropic"]
    pending = ""
    with client.messages.stream(
        model=bot.settings.llm.anthropic_model,
        max_tokens=1500,
        system=irc_system(bot.nick, trigger.nick, 20),
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        for text in stream.text_stream:
            pending += text
            while "\n" in pending:
                line, pending = pending.split("\n", 1)
                if line.strip():
                    bot.say(line, trigger.nick)
    if pending.strip():
        bot.say(pending, trigger.nick)


@plugin.command("haiku")
@plugin.rate(user=30, channel=10)
def haiku(bot, trigger):
    """Write a haiku about something."""
    topic = trigger.group(2) or "IRC at 3am"
    msg = _fast_client(bot).messages.create(
        model=bot.settings.llm.anthropic_fast_model,
        max_tokens=80,
        messages=[{"role": "user", "content": f"Write a haiku about {topic}. Three lines, nothing else."}],
    )
    for line in msg.content[0].text.strip().splitlines()[:3]:
        bot.say(line)


@plugin.command("ctokens")
@plugin.require_admin
def claude_tokens(bot, trigger):
    """How many tokens would this prompt cost on Claude?"""
    text = trigger.group(2) or ""
    client = sopel_llm.anthropic_client(bot)
    count = client.messages.count_tokens(
        model=bot.settings.llm.anthropic_model,
        messages=[{"role": "user", "content": text}],
    )
    bot.reply(f"{count.input_tokens} input tokens")
