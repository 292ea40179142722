"""Chat summaries.

``.tldr [n]``   – summarise the last n messages with Claude (map-reduce)
``.tldr! [n]``  – cheap tracked summary through multi_model_service
``.tldrq [n]``  – whatever provider the switch currently points at
"""
from __future__ import annotations

import logging

from telethon import TelegramClient, events

from config import settings
from core import prompts
from core.multi_model_service import TaskComplexity, multi_model_service
from services.summarizer import Summarizer
from utils.telegram import reply_long, sender_name

log = logging.getLogger(__name__)


async def _collect(event: events.NewMessage.Event, limit: int) -> list[str]:
    lines: list[str] = []
    names: dict[int, str] = {}
    async for msg in event.client.iter_messages(event.chat_id, limit=limit, offset_id=event.id):
        if not msg.raw_text:
            continue
        if msg.sender_id not in names:
            names[msg.sender_id] = await sender_name(msg)
        lines.append(f"{names[msg.sender_id]}: {msg.raw_text}")
    lines.reverse()
    return lines


def _limit(event: events.NewMessage.Event) -> int:
    raw = event.pattern_match.group(1)
    n = int(raw) if raw else 100
    return max(10, min(n, settings.summary_limit))


def setup(client: TelegramClient) -> None:
    summarizer = Summarizer(client.anthropic, model=settings.anthropic_model)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.tldr(?:\s+(\d+))?$"))
    async def tldr(event: events.NewMessage.Event) -> None:
        await event.edit("📚 reading…")
        lines = await _collect(event, _limit(event))
        if not lines:
            await event.edit("nothing to summarise")
            return
        summary = await summarizer.summarize(lines, lang="English")
        await reply_long(event, f"**TL;DR of {len(lines)} messages**\n\n{summary}", edit=event.message)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.tldr!(?:\s+(\d+))?$"))
    async def tldr_cheap(event: events.NewMessage.Event) -> None:
        lines = await _collect(event, _limit(event))
        text = "\n".join(lines)[-24_000:]
        summary = await multi_model_service.generate_response(
            prompt=text,
            task_type="chat_summary",
            complexity=TaskComplexity.SIMPLE,
            system=prompts.SUMMARY.format(lang="English"),
        )
        await reply_long(event, summary, edit=event.message)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.tldrq(?:\s+(\d+))?$"))
    async def tldr_switch(event: events.NewMessage.Event) -> None:
        lines = await _collect(event, _limit(event))
        messages = [
            {"role": "system", "content": prompts.SUMMARY.format(lang="English")},
            {"role": "user", "content": "\n".join(lines)[-24_000:]},
        ]
        summary = await event.client.switch.complete(messages, chat_id=event.chat_id)
        provider = event.client.switch.current(event.chat_id)
        await reply_long(event, f"[{provider}]\n{summary}", edit=event.message)
