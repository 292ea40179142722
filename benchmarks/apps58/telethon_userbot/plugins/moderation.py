"""Soft moderation for groups I admin.

Incoming messages in ``settings.moderated_chats`` are run through the OpenAI
moderation endpoint; flagged ones are reported to Saved Messages (we never
delete automatically).
"""
from __future__ import annotations

import logging
from collections import deque

from telethon import TelegramClient, events
from telethon.utils import get_display_name

from config import settings
from core.clients import get_openai_client
from utils.text import truncate

log = logging.getLogger(__name__)

_seen: deque[tuple[int, int]] = deque(maxlen=500)


async def check_text(text: str) -> list[str]:
    result = await get_openai_client().moderations.create(
        model="omni-moderation-latest",
        input=text,
    )
    verdict = result.results[0]
    if not verdict.flagged:
        return []
    return [name for name, hit in verdict.categories.model_dump().items() if hit]


def setup(client: TelegramClient) -> None:
    if not settings.moderated_chats:
        log.info("moderation disabled: no MODERATED_CHATS")
        return

    @client.on(events.NewMessage(incoming=True, chats=settings.moderated_chats))
    async def watch(event: events.NewMessage.Event) -> None:
        key = (event.chat_id, event.id)
        if key in _seen or not event.raw_text or len(event.raw_text) < 8:
            return
        _seen.append(key)
        try:
            categories = await check_text(event.raw_text)
        except Exception:  # noqa: BLE001
            log.exception("moderation call failed")
            return
        if not categories:
            return
        sender = await event.get_sender()
        chat = await event.get_chat()
        await event.client.send_message(
            "me",
            f"⚠️ flagged in **{get_display_name(chat)}** by {get_display_name(sender)}: "
            f"{', '.join(categories)}\n\n> {truncate(event.raw_text, 400)}",
            link_preview=False,
        )
