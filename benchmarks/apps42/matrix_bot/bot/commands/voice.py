"""!say <text> — text-to-speech, posted as an audio message."""
from __future__ import annotations

import io

from bot.context import CommandContext
from bot.router import router

VOICES = ("alloy", "echo", "fable", "onyx", "nova", "shimmer")


@router.command("say", help="!say [voice] <text>")
async def say(ctx: CommandContext) -> None:
    first, _, rest = ctx.args.partition(" ")
    voice, text = (first, rest) if first in VOICES else ("alloy", ctx.args)
    speech = await ctx.bot.openai.audio.speech.create(
        model="tts-1",
        voice=voice,
        input=text[:4000],
        response_format="opus",
    )
    audio = speech.content
    resp, _ = await ctx.bot.matrix.upload(
        io.BytesIO(audio), content_type="audio/ogg", filename="say.ogg", filesize=len(audio)
    )
    await ctx.bot.matrix.room_send(
        ctx.room_id,
        message_type="m.room.message",
        content={
            "msgtype": "m.audio",
            "body": "say.ogg",
            "url": resp.content_uri,
            "info": {"mimetype": "audio/ogg", "size": len(audio)},
        },
    )
