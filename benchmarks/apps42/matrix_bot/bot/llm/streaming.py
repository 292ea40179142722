"""Stream tokens into a Matrix message by editing it as chunks arrive."""
from __future__ import annotations

import time
from typing import AsyncIterator

EDIT_INTERVAL = 1.5  # seconds; homeservers rate-limit edits


async def stream_to_room(bot, room_id: str, chunks: AsyncIterator[str], reply_to: str | None = None) -> str:
    buf: list[str] = []
    event_id = None
    last_edit = 0.0
    async for piece in chunks:
        buf.append(piece)
        now = time.monotonic()
        if event_id is None and len("".join(buf)) > 20:
            event_id = await bot.send_text(room_id, "".join(buf) + " …", reply_to=reply_to, markdown=False)
            last_edit = now
        elif event_id and now - last_edit > EDIT_INTERVAL:
            await bot.edit_text(room_id, event_id, "".join(buf) + " …")
            last_edit = now
    text = "".join(buf)
    if event_id is None:
        await bot.send_text(room_id, text, reply_to=reply_to)
    else:
        await bot.edit_text(room_id, event_id, text)
    return text


async def openai_deltas(stream) -> AsyncIterator[str]:
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
