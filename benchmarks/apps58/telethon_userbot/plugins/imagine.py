"""Image generation with DALL·E.

``.img <idea>``   – rewrite the idea into a good prompt (tracked, cheap model)
                     then generate
``.var``          – reply to a picture to get a variation
"""
from __future__ import annotations

import io
import logging

import httpx
from telethon import events

from config import settings
from core import prompts
from core.multi_model_service import TaskComplexity, multi_model_service
from utils.telegram import download_bytes

log = logging.getLogger(__name__)

SIZES = {"square": "1024x1024", "wide": "1792x1024", "tall": "1024x1792"}


async def _fetch(url: str) -> io.BytesIO:
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.get(url)
        r.raise_for_status()
    buf = io.BytesIO(r.content)
    buf.name = "image.png"
    return buf


async def imagine(event: events.NewMessage.Event) -> None:
    size_key = (event.pattern_match.group(1) or "square").strip()
    idea = event.pattern_match.group(2).strip()
    await event.edit("🎨 polishing prompt…")
    prompt = await multi_model_service.generate_response(
        prompt=idea,
        task_type="image_prompt",
        complexity=TaskComplexity.SIMPLE,
        system=prompts.IMAGE_PROMPT_REWRITE,
        max_tokens=120,
    )
    await event.edit(f"🎨 generating: {prompt[:200]}")
    image = await event.client.llm.images.generate(
        model=settings.image_model,
        prompt=prompt,
        size=SIZES.get(size_key, "1024x1024"),
        quality="standard",
        n=1,
    )
    url = image.data[0].url
    await event.client.send_file(
        event.chat_id,
        await _fetch(url),
        caption=(image.data[0].revised_prompt or prompt)[:1000],
        reply_to=event.reply_to_msg_id,
    )
    await event.delete()


async def variation(event: events.NewMessage.Event) -> None:
    if not event.is_reply:
        await event.edit("reply to an image")
        return
    src = await event.get_reply_message()
    data = await download_bytes(src)
    if not data:
        await event.edit("no media there")
        return
    await event.edit("🎨 variation…")
    png = io.BytesIO(data)
    png.name = "source.png"
    out = await event.client.llm.images.create_variation(image=png, model="dall-e-2", n=1, size="1024x1024")
    await event.client.send_file(event.chat_id, await _fetch(out.data[0].url), reply_to=src.id)
    await event.delete()


HANDLERS = [
    (imagine, events.NewMessage(outgoing=True, pattern=r"^\.img(?:\[(square|wide|tall)\])? (.+)")),
    (variation, events.NewMessage(outgoing=True, pattern=r"^\.var$")),
]
