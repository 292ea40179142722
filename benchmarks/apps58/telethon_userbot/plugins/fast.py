"""``.f <prompt>`` – quick answers from Groq (llama), streamed.

``.code <lang>`` replying to a snippet explains it.
"""
from __future__ import annotations

import time

from telethon import events

from config import settings
from core import get_groq_client
from utils.telegram import input_or_reply, reply_long

_groq = get_groq_client()


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.f (.+)"))
async def fast(event: events.NewMessage.Event) -> None:
    prompt = event.pattern_match.group(1)
    stream = await _groq.chat.completions.create(
        model=settings.groq_model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        max_tokens=700,
    )
    buf, last = "", 0.0
    async for chunk in stream:
        buf += chunk.choices[0].delta.content or ""
        if time.monotonic() - last > 1.0:
            await event.edit(f"⚡ {buf}")
            last = time.monotonic()
    await event.edit(f"⚡ {buf}")


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.code(?:\s+(\w+))?$"))
async def explain_code(event: events.NewMessage.Event) -> None:
    snippet = await input_or_reply(event, group=99)
    lang = event.pattern_match.group(1) or "auto-detect"
    if not snippet:
        await event.edit("reply to a code snippet")
        return
    resp = await _groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": f"Explain this code (language: {lang}) in a few bullets."},
            {"role": "user", "content": snippet},
        ],
    )
    await reply_long(event, resp.choices[0].message.content or "", edit=event.message)
