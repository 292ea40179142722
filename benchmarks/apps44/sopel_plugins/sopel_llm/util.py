"""IRC output helpers."""
from __future__ import annotations

import re
import textwrap
from typing import List

MAX_LINE = 400
_MD = re.compile(r"(\*\*|__|`{1,3})")


def strip_markdown(text: str) -> str:
    text = _MD.sub("", text)
    return re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)


def to_irc_lines(text: str, max_lines: int = 3, width: int = MAX_LINE) -> List[str]:
    out: List[str] = []
    for para in strip_markdown(text).splitlines():
        para = para.strip()
        if not para:
            continue
        out.extend(textwrap.wrap(para, width=width))
        if len(out) >= max_lines:
            break
    if len(out) > max_lines:
        out = out[:max_lines]
    if out and len(out) == max_lines:
        out[-1] = out[-1][: width - 4] + " […]" if len(out[-1]) > width - 4 else out[-1]
    return out


def say_lines(bot, lines: List[str], dest=None) -> None:
    for line in lines:
        bot.say(line, dest) if dest else bot.say(line)


def reply_text(bot, trigger, text: str, max_lines: int = 3) -> None:
    lines = to_irc_lines(text, max_lines)
    if not lines:
        bot.reply("(empty answer)")
        return
    bot.reply(lines[0])
    say_lines(bot, lines[1:])
