"""Away mode: polite AI auto-replies to private messages.

Toggled with ``.away on|off``. Each contact gets at most one auto-reply per
hour. Uses Claude Haiku, wrapped in the usage tracker.
"""
from __future__ import annotations

import logging
import time

from telethon import events

from config import settings
from core import prompts
from core.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

AWAY_MODEL = "claude-3-5-haiku-latest"
COOLDOWN = 3600

_state = {"enabled": settings.away_message_enabled}
_last_reply: dict[int, float] = {}


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.away (on|off)$"))
async def toggle(event: events.NewMessage.Event) -> None:
    _state["enabled"] = event.pattern_match.group(1) == "on"
    _last_reply.clear()
    await event.edit(f"away mode {'enabled' if _state['enabled'] else 'disabled'}")


@events.register(events.NewMessage(incoming=True, func=lambda e: e.is_private))
async def away(event: events.NewMessage.Event) -> None:
    if not _state["enabled"] or not event.raw_text:
        return
    sender = await event.get_sender()
    if getattr(sender, "bot", False):
        return
    now = time.time()
    if now - _last_reply.get(event.sender_id, 0) < COOLDOWN:
        return
    _last_reply[event.sender_id] = now
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=AWAY_MODEL, feature_context="away_reply"
    ) as usage_log:
        resp = await event.client.anthropic.messages.create(
            model=AWAY_MODEL,
            max_tokens=200,
            system=prompts.AWAY,
            messages=[{"role": "user", "content": event.raw_text[:2000]}],
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    text = "".join(b.text for b in resp.content if b.type == "text").strip()
    if text:
        await event.reply(f"{text}\n\n— auto-reply 🤖")
