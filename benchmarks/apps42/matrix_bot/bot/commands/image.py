"""!image <prompt> — generate an image and post it to the room."""
from __future__ import annotations

import asyncio
import base64
import io
import logging

from bot.context import CommandContext
from bot.llm import get_openai_client
from bot.router import router, split_flags

log = logging.getLogger(__name__)

SIZES = {"square": "1024x1024", "wide": "1792x1024", "tall": "1024x1792"}


async def _upload_png(ctx: CommandContext, data: bytes, name: str) -> str | None:
    resp, _keys = await ctx.bot.matrix.upload(
        io.BytesIO(data), content_type="image/png", filename=name, filesize=len(data)
    )
    return getattr(resp, "content_uri", None)


@router.command("image", help="!image [--size wide|tall] <prompt>", aliases=("img", "dalle"))
async def image(ctx: CommandContext) -> None:
    flags, prompt = split_flags(ctx.args)
    size = SIZES.get(flags.get("size", "square"), "1024x1024")
    client = get_openai_client()
    # the sync client in a thread: the async images endpoint kept timing out behind our proxy
    result = await asyncio.to_thread(
        client.images.generate,
        model="dall-e-3",
        prompt=prompt,
        size=size,
        response_format="b64_json",
        n=1,
    )
    data = base64.b64decode(result.data[0].b64_json)
    uri = await _upload_png(ctx, data, "image.png")
    if uri is None:
        await ctx.reply("Upload failed.")
        return
    await ctx.bot.matrix.room_send(
        ctx.room_id,
        message_type="m.room.message",
        content={"msgtype": "m.image", "body": prompt[:100], "url": uri, "info": {"mimetype": "image/png"}},
    )
    if result.data[0].revised_prompt:
        log.debug("revised prompt: %s", result.data[0].revised_prompt)
