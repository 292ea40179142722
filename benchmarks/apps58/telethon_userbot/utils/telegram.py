"""Telethon convenience wrappers."""
from __future__ import annotations

import io
import logging

from telethon import events
from telethon.tl.custom import Message
from telethon.utils import get_display_name

from config import settings
from utils.text import chunk_text

log = logging.getLogger(__name__)


def is_owner(event: events.NewMessage.Event) -> bool:
    return bool(event.out) or event.sender_id == settings.owner_id


async def input_or_reply(event: events.NewMessage.Event, group: int = 1) -> str:
    """The command argument, or the text of the message being replied to."""
    arg = ""
    if event.pattern_match is not None:
        try:
            arg = (event.pattern_match.group(group) or "").strip()
        except IndexError:
            arg = ""
    if event.is_reply:
        replied: Message = await event.get_reply_message()
        if replied and replied.raw_text:
            return f"{arg}\n\n{replied.raw_text}".strip() if arg else replied.raw_text
    return arg


async def download_bytes(message: Message) -> bytes | None:
    buf = io.BytesIO()
    result = await message.download_media(file=buf)
    if result is None:
        return None
    return buf.getvalue()


async def reply_long(event: events.NewMessage.Event, text: str, edit: Message | None = None) -> None:
    chunks = chunk_text(text or "(empty response)")
    first, rest = chunks[0], chunks[1:]
    if edit is not None:
        await edit.edit(first)
    else:
        await event.reply(first)
    for chunk in rest:
        await event.respond(chunk)


async def sender_name(message: Message) -> str:
    sender = await message.get_sender()
    return get_display_name(sender) if sender else "unknown"
