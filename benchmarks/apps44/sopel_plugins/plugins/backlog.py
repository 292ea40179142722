"""Keep a rolling backlog of channel messages for .summary / .digest / .recall."""
from __future__ import annotations

import collections
import datetime
import threading
from dataclasses import dataclass

from sopel import plugin, tools

BACKLOG_KEY = "backlog"
MAX_LINES = 2000


@dataclass
class BacklogLine:
    time: datetime.datetime
    nick: str
    text: str
    action: bool = False


def setup(bot):
    bot.memory[BACKLOG_KEY] = tools.SopelIdentifierMemory()
    bot.memory[BACKLOG_KEY + "_lock"] = threading.Lock()


def get_backlog(bot, channel, since=None):
    lines = list(bot.memory.get(BACKLOG_KEY, {}).get(channel, ()))
    if since is not None:
        lines = [line for line in lines if line.time >= since]
    return lines


@plugin.rule(".*")
@plugin.require_chanmsg
@plugin.unblockable
@plugin.priority("low")
@plugin.output_prefix("")
def record(bot, trigger):
    if trigger.sender.is_nick() or trigger.nick == bot.nick:
        return
    text = str(trigger.group(0))
    if text.startswith(bot.settings.core.help_prefix):
        return
    with bot.memory[BACKLOG_KEY + "_lock"]:
        buf = bot.memory[BACKLOG_KEY].setdefault(
            trigger.sender, collections.deque(maxlen=MAX_LINES)
        )
        buf.append(BacklogLine(datetime.datetime.utcnow(), str(trigger.nick), text,
                               action="intent" in trigger.tags))

    index = bot.memory.get("llm_recall_index")
    if index is not None:
        try:
            index.add(str(trigger.sender), str(trigger.nick), text)
        except Exception:
            # embedding outages must never break logging
            pass


@plugin.command("backlogsize")
@plugin.require_chanmsg
def backlog_size(bot, trigger):
    n = len(get_backlog(bot, trigger.sender))
    bot.reply(f"I remember {n} lines of {trigger.sender}.")
