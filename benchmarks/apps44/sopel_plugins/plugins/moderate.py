"""Automatic moderation for channels listed in [moderation] channels."""
from __future__ import annotations

import collections
import logging
import time

from sopel import plugin, tools

import sopel_llm
from sopel_llm.config import ModerationSection
from sopel_llm.moderation import ModerationGate

LOGGER = logging.getLogger(__name__)
GATE_KEY = "moderation_gate"
STRIKES_KEY = "moderation_strikes"
STRIKE_WINDOW = 3600


def setup(bot):
    sopel_llm.configure_section(bot)
    bot.settings.define_section("moderation", ModerationSection)
    clients = sopel_llm.ensure_clients(bot)
    bot.memory[GATE_KEY] = ModerationGate(
        openai_client=clients.get("openai"),
        mistral_client=clients.get("mistral"),
    )
    bot.memory[STRIKES_KEY] = tools.SopelIdentifierMemory()


def _recent_context(bot, channel, n=4):
    lines = list(bot.memory.get("backlog", {}).get(channel, ()))[-n:]
    return [{"role": "user", "content": f"<{l.nick}> {l.text}"} for l in lines]


def _strike(bot, nick) -> int:
    now = time.time()
    strikes = bot.memory[STRIKES_KEY].setdefault(nick, collections.deque(maxlen=10))
    strikes.append(now)
    return sum(1 for t in strikes if now - t < STRIKE_WINDOW)


@plugin.rule(".*")
@plugin.require_chanmsg
@plugin.unblockable
@plugin.priority("high")
def watch(bot, trigger):
    cfg = bot.settings.moderation
    if trigger.sender not in cfg.channels or trigger.nick in cfg.exempt_nicks:
        return
    if trigger.admin or bot.channels[trigger.sender].privileges.get(trigger.nick, 0) >= plugin.OP:
        return
    gate = bot.memory[GATE_KEY]
    try:
        verdict = gate.check(str(trigger.group(0)), cfg.engine, _recent_context(bot, trigger.sender))
    except Exception:
        LOGGER.exception("moderation check failed")
        return
    if not verdict.flagged:
        return
    count = _strike(bot, trigger.nick)
    LOGGER.info("flagged %s in %s: %s (%d strikes)", trigger.nick, trigger.sender, verdict.categories, count)
    if cfg.action == "log":
        return
    if cfg.action == "kick" and count >= 2:
        bot.kick(trigger.nick, trigger.sender, f"Automated: {verdict.worst()}")
    else:
        bot.notice(f"Please keep it civil ({verdict.worst()}).", trigger.nick)


@plugin.command("modexplain")
@plugin.require_chanmsg
@plugin.require_privilege(plugin.OP, "Ops only.")
def mod_explain(bot, trigger):
    """Ask Claude why a message might be a problem: .modexplain <text>"""
    text = trigger.group(2)
    if not text:
        return
    client = sopel_llm.anthropic_client(bot)
    msg = client.with_options(timeout=10.0).messages.create(
        model=bot.settings.llm.anthropic_fast_model,
        max_tokens=200,
        system="You help IRC channel operators. In two sentences, explain whether this message "
               "breaks a typical code of conduct and why. Be neutral.",
        messages=[{"role": "user", "content": text}],
    )
    bot.notice(msg.content[0].text.replace("\n", " "), trigger.nick)


@plugin.command("modstrikes")
@plugin.require_privilege(plugin.OP)
def mod_strikes(bot, trigger):
    nick = trigger.group(3)
    if not nick:
        return
    strikes = bot.memory[STRIKES_KEY].get(nick) or ()
    recent = [t for t in strikes if time.time() - t < STRIKE_WINDOW]
    bot.reply(f"{nick}: {len(recent)} strike(s) in the last hour")
