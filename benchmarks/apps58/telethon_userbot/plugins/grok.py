"""``.grok <prompt>`` and ``.grokimg <prompt>`` – xAI."""
from __future__ import annotations

import base64
import io
import logging

from openai import AsyncOpenAI
from telethon import events

from config import settings
from utils.telegram import input_or_reply, reply_long

log = logging.getLogger(__name__)

# Separate client with a longer timeout: image generation on xAI is slow and
# we don't want to change the shared one hanging off event.client.xai.
_image_client = AsyncOpenAI(
    api_key=settings.xai_api_key,
    base_url="https://api.x.ai/v1",
    timeout=180,
)

GROK_SYSTEM = "You are Grok. Be witty but accurate. Keep it short: this is a Telegram chat."


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.grok(?:\s+(.+))?$"))
async def grok(event: events.NewMessage.Event) -> None:
    prompt = await input_or_reply(event)
    if not prompt:
        await event.edit("usage: .grok <prompt>")
        return
    await event.edit("🤖 …")
    out = await event.client.xai.chat.completions.create(
        model=settings.xai_model,
        messages=[
            {"role": "system", "content": GROK_SYSTEM},
            {"role": "user", "content": prompt},
        ],
    )
    await reply_long(event, out.choices[0].message.content or "", edit=event.message)


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.grokimg (.+)"))
async def grok_image(event: events.NewMessage.Event) -> None:
    prompt = event.pattern_match.group(1)
    await event.edit("🎨 generating with grok…")
    result = await _image_client.images.generate(
        model="grok-2-image",
        prompt=prompt,
        n=1,
        response_format="b64_json",
    )
    raw = base64.b64decode(result.data[0].b64_json)
    f = io.BytesIO(raw)
    f.name = "grok.jpg"
    await event.client.send_file(event.chat_id, f, caption=prompt[:1000], reply_to=event.reply_to_msg_id)
    await event.delete()
