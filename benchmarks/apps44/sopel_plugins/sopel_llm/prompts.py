"""Prompt templates. Keep the IRC-specific constraints in one place."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

IRC_STYLE = (
    "You are {nick}, a helpful bot in the IRC channel {channel}. Answer in plain text, "
    "no markdown, at most {lines} short lines. Be direct."
)

SUMMARY_SYSTEM = (
    "You summarise IRC backlog for people who were away. Group by topic, name who said "
    "what when it matters, skip greetings and bot noise. Plain text, no markdown."
)

TRANSLATE_SYSTEM = (
    "Translate the user's message into {target}. Reply with the translation only. "
    "Keep nicknames, URLs and code untouched."
)

DIGEST_SYSTEM = (
    "Write a short morning digest of yesterday's discussion in {channel}: 3-6 bullet "
    "points starting with '- ', decisions first, then open questions."
)


def irc_system(nick: str, channel: str, lines: int = 3) -> str:
    return IRC_STYLE.format(nick=nick, channel=channel, lines=lines)


@dataclass
class BacklogPromptBuilder:
    """Renders backlog lines into a prompt, trimming to a char budget."""

    max_chars: int = 12000
    header: str = "Channel log (oldest first):"

    def render_line(self, line) -> str:
        return f"[{line.time:%H:%M}] <{line.nick}> {line.text}"

    def generate(self, lines: Iterable) -> str:
        rendered = [self.render_line(line) for line in lines]
        total = 0
        kept = []
        for item in reversed(rendered):
            total += len(item) + 1
            if total > self.max_chars:
                break
            kept.append(item)
        return self.header + "\n" + "\n".join(reversed(kept))
