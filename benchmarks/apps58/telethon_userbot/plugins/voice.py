"""Voice notes.

``.tx`` replying to a voice/video note transcribes it. In private chats, if
``AUTO_TRANSCRIBE`` is on, incoming voice notes are transcribed automatically
and the text is posted as a reply.
"""
from __future__ import annotations

import logging
import os

from telethon import events

from services.transcriber import transcriber
from utils.telegram import download_bytes, reply_long

log = logging.getLogger(__name__)

AUTO = os.environ.get("AUTO_TRANSCRIBE", "0") == "1"
MAX_BYTES = 24 * 1024 * 1024  # both whisper endpoints cap at 25MB


async def _transcribe_message(message) -> str | None:
    if not (message.voice or message.video_note or message.audio):
        return None
    if message.file and message.file.size and message.file.size > MAX_BYTES:
        return "(too long to transcribe)"
    data = await download_bytes(message)
    if not data:
        return None
    ext = (message.file.ext or ".ogg") if message.file else ".ogg"
    return await transcriber.transcribe(data, filename=f"voice{ext}")


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.tx(?:\s+(\w+))?$"))
async def tx(event: events.NewMessage.Event) -> None:
    if not event.is_reply:
        await event.edit("reply to a voice note")
        return
    backend = event.pattern_match.group(1)
    if backend:
        transcriber.prefer(backend)
    await event.edit("🎙️ transcribing…")
    target = await event.get_reply_message()
    text = await _transcribe_message(target)
    if text is None:
        await event.edit("no audio in that message")
        return
    await reply_long(event, f"🎙️ {text}", edit=event.message)


@events.register(events.NewMessage(incoming=True, func=lambda e: e.is_private and bool(e.voice)))
async def auto_tx(event: events.NewMessage.Event) -> None:
    if not AUTO:
        return
    try:
        text = await _transcribe_message(event.message)
    except Exception:  # noqa: BLE001
        log.exception("auto transcription failed")
        return
    if text:
        await event.reply(f"🎙️ {text}", silent=True)
