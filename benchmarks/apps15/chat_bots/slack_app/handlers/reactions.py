"""Emoji-triggered actions.

    :globe_with_meridians:  translate the message to English (threaded reply)
    :pushpin:               save the message into channel memory
    :label:                 auto-tag the message for the weekly report
"""
from __future__ import annotations

import logging

from shared.config import DEFAULT_FIREWORKS_MODEL
from shared.memory import ChannelMemory
from shared.services.multi_model_service import TaskComplexity, multi_model_service
from slack_app import deps

log = logging.getLogger(__name__)

TRANSLATE = "globe_with_meridians"
PIN = "pushpin"
TAG = "label"

TAGS = ("question", "bug-report", "feature-request", "announcement", "showcase", "off-topic")


async def _fetch_message(client, channel: str, ts: str) -> str:
    res = await client.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
    messages = res.get("messages") or []
    return messages[0].get("text", "") if messages else ""


async def _translate(text: str) -> str:
    resp = await deps.fireworks.chat.completions.create(
        model=DEFAULT_FIREWORKS_MODEL,
        messages=[
            {"role": "system", "content": "Translate the user's message to English. Output only the translation."},
            {"role": "user", "content": text},
        ],
        temperature=0,
        max_tokens=800,
    )
    return resp.choices[0].message.content.strip()


def register(app):
    @app.event("reaction_added")
    async def on_reaction(event, client):
        item = event.get("item", {})
        if item.get("type") != "message":
            return
        channel, ts = item["channel"], item["ts"]
        reaction = event.get("reaction")

        if reaction == TRANSLATE:
            text = await _fetch_message(client, channel, ts)
            if text:
                translated = await _translate(text)
                await client.chat_postMessage(channel=channel, thread_ts=ts, text=f":globe_with_meridians: {translated}")

        elif reaction == PIN:
            text = await _fetch_message(client, channel, ts)
            memory = ChannelMemory(deps.store.redis, namespace=f"slack:{channel}")
            await memory.remember(text, source=f"slack:{channel}:{ts}")
            await client.reactions_add(channel=channel, timestamp=ts, name="white_check_mark")

        elif reaction == TAG:
            text = await _fetch_message(client, channel, ts)
            label = await multi_model_service.generate_response(
                prompt=f"Pick exactly one tag from {', '.join(TAGS)} for this message:\n\n{text}",
                task_type="tag",
                complexity=TaskComplexity.SIMPLE,
                max_tokens=5,
            )
            label = label.strip().lower()
            if label in TAGS:
                await deps.store.redis.hincrby(f"tags:{channel}", label, 1)
