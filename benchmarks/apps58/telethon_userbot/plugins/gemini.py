"""Gemini commands.

``.gem <prompt>``   – one-shot answer from Gemini
``.gems <prompt>``  – streamed answer
``.see``            – reply to a photo to get it described
"""
from __future__ import annotations

import logging
import time

from google.genai import types
from telethon import events

from config import settings
from core import prompts
from core.clients import get_genai_client
from services.vision import describe_image
from utils.telegram import download_bytes, input_or_reply, reply_long

log = logging.getLogger(__name__)

_CONFIG = types.GenerateContentConfig(
    system_instruction=prompts.ASSISTANT,
    temperature=0.7,
    max_output_tokens=2048,
)


async def gem(event: events.NewMessage.Event) -> None:
    prompt = await input_or_reply(event)
    if not prompt:
        await event.edit("usage: .gem <prompt>")
        return
    await event.edit("✨ …")
    client = get_genai_client()
    response = await client.aio.models.generate_content(
        model=settings.gemini_model,
        contents=prompt,
        config=_CONFIG,
    )
    await reply_long(event, response.text or "(blocked)", edit=event.message)


async def gem_stream(event: events.NewMessage.Event) -> None:
    prompt = event.pattern_match.group(1)
    text, last = "", 0.0
    async for chunk in await event.client.gemini.aio.models.generate_content_stream(
        model=settings.gemini_model, contents=prompt, config=_CONFIG
    ):
        text += chunk.text or ""
        if time.monotonic() - last > 1.5 and text:
            await event.edit(text + " ▌")
            last = time.monotonic()
    await reply_long(event, text, edit=event.message)


async def see(event: events.NewMessage.Event) -> None:
    if not event.is_reply:
        await event.edit("reply to a photo with .see")
        return
    target = await event.get_reply_message()
    if not target.photo:
        await event.edit("that is not a photo")
        return
    data = await download_bytes(target)
    if data is None:
        await event.edit("download failed")
        return
    await event.edit("👀 looking…")
    description = await describe_image(data, openai_client=event.client.llm)
    await reply_long(event, description, edit=event.message)


HANDLERS = [
    (gem, events.NewMessage(outgoing=True, pattern=r"^\.gem(?:\s+(.+))?$")),
    (gem_stream, events.NewMessage(outgoing=True, pattern=r"^\.gems (.+)")),
    (see, events.NewMessage(outgoing=True, pattern=r"^\.see$")),
]
