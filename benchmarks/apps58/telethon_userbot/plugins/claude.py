"""``.claude <prompt>`` – stream a Claude answer into the message.

``.think <prompt>`` asks for a longer, more careful answer (non-streaming,
retried on overload).
"""
from __future__ import annotations

import logging
import time

from telethon import events

from config import settings
from core import prompts
from utils.retry import with_retry
from utils.telegram import input_or_reply, reply_long

log = logging.getLogger(__name__)


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.claude(?:\s+(.+))?$"))
async def claude(event: events.NewMessage.Event) -> None:
    prompt = await input_or_reply(event)
    if not prompt:
        await event.edit("usage: .claude <prompt> (or reply to a message)")
        return
    msg = await event.edit("…")
    text = ""
    last = 0.0
    async with event.client.anthropic.messages.stream(
        model=settings.anthropic_model,
        max_tokens=1500,
        system=prompts.ASSISTANT,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        async for delta in stream.text_stream:
            text += delta
            if time.monotonic() - last > 1.5:
                await msg.edit(text + " ▌")
                last = time.monotonic()
        final = await stream.get_final_message()
    log.info(
        "claude: %d in / %d out tokens", final.usage.input_tokens, final.usage.output_tokens
    )
    await reply_long(event, text, edit=msg)


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.think (.+)", func=lambda e: not e.fwd_from))
async def think(event: events.NewMessage.Event) -> None:
    prompt = event.pattern_match.group(1)
    await event.edit("🧠 thinking…")
    resp = await with_retry(
        event.client.anthropic.messages.create,
        model=settings.anthropic_model,
        max_tokens=4000,
        system=prompts.ASSISTANT + " Think step by step before answering, then give the answer.",
        messages=[{"role": "user", "content": prompt}],
        attempts=4,
    )
    answer = "".join(b.text for b in resp.content if b.type == "text")
    await reply_long(event, answer, edit=event.message)
