"""Per-channel chat memory.

Keeps a rolling window of recent messages per channel. When the window gets long
the oldest half is compacted into a short note with a cheap Groq model so the
``!summary`` and ``!ask`` prompts stay small.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.llm.prompts import COMPACT_SYSTEM, SUMMARY_SYSTEM

if TYPE_CHECKING:
    from groq import AsyncGroq

    from bot.llm.providers import ChatProvider

log = logging.getLogger(__name__)

COMPACT_MODEL = "llama-3.1-8b-instant"


@dataclass
class ChatLine:
    author: str
    text: str
    ts: float = field(default_factory=time.time)

    def render(self) -> str:
        return f"{self.author}: {self.text}"


class ChannelMemory:
    def __init__(self, channel: str, maxlen: int = 200):
        self.channel = channel
        self.lines: deque[ChatLine] = deque(maxlen=maxlen)
        self.notes: list[str] = []
        self.game: str | None = None

    def add(self, author: str, text: str) -> None:
        self.lines.append(ChatLine(author, text))

    def recent(self, n: int = 40) -> list[ChatLine]:
        return list(self.lines)[-n:]

    def transcript(self, n: int = 40) -> str:
        parts = [f"[earlier] {note}" for note in self.notes[-3:]]
        parts.extend(line.render() for line in self.recent(n))
        return "\n".join(parts)

    def since(self, seconds: float) -> list[ChatLine]:
        cutoff = time.time() - seconds
        return [line for line in self.lines if line.ts >= cutoff]

    def clear(self) -> None:
        self.lines.clear()
        self.notes.clear()

    async def summarize(self, provider: "ChatProvider", n: int = 80) -> str:
        if not self.lines:
            return "Chat has been quiet."
        result = await provider.complete(
            [{"role": "user", "content": self.transcript(n)}],
            system=SUMMARY_SYSTEM,
            max_tokens=180,
        )
        return result.text


class MemoryStore:
    """All channels' memories plus the compaction client."""

    def __init__(self, groq_client: "AsyncGroq", maxlen: int = 200, compact_at: int = 150):
        self.groq = groq_client
        self.maxlen = maxlen
        self.compact_at = compact_at
        self._channels: dict[str, ChannelMemory] = {}

    def for_channel(self, channel: str) -> ChannelMemory:
        channel = channel.lower()
        if channel not in self._channels:
            self._channels[channel] = ChannelMemory(channel, self.maxlen)
        return self._channels[channel]

    def channels(self) -> list[str]:
        return list(self._channels)

    async def maybe_compact(self, channel: str) -> bool:
        mem = self.for_channel(channel)
        if len(mem.lines) < self.compact_at:
            return False
        half = len(mem.lines) // 2
        old = [mem.lines.popleft() for _ in range(half)]
        log_text = "\n".join(line.render() for line in old)
        try:
            resp = await self.groq.chat.completions.create(
                model=COMPACT_MODEL,
                messages=[
                    {"role": "system", "content": COMPACT_SYSTEM},
                    {"role": "user", "content": log_text[-6000:]},
                ],
                max_tokens=160,
                temperature=0.2,
            )
        except Exception:
            log.exception("compaction failed for %s; dropping %d lines", channel, half)
            return False
        note = (resp.choices[0].message.content or "").strip()
        if note:
            mem.notes.append(note)
            del mem.notes[:-10]
        return True

    def prune(self, max_age: float = 6 * 3600) -> int:
        dropped = 0
        cutoff = time.time() - max_age
        for mem in self._channels.values():
            while mem.lines and mem.lines[0].ts < cutoff:
                mem.lines.popleft()
                dropped += 1
        return dropped
