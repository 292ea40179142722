"""Push-to-talk dictation (Chainlit audio hooks)."""
from __future__ import annotations

import io

import chainlit as cl

from copilot.config import settings
from copilot.handlers.messages import on_message
from copilot.providers import get_groq


async def transcribe(audio: bytes, mime_type: str = "audio/webm", language: str = "en") -> str:
    ext = mime_type.split("/")[-1]
    buf = io.BytesIO(audio)
    buf.name = f"dictation.{ext}"
    transcription = await get_groq().audio.transcriptions.create(
        file=(buf.name, buf.read()),
        model=settings.groq_whisper_model,
        language=language,
        response_format="text",
    )
    return str(transcription).strip()


@cl.on_audio_start
async def on_audio_start() -> bool:
    cl.user_session.set("audio_buffer", io.BytesIO())
    return settings.enable_audio


@cl.on_audio_chunk
async def on_audio_chunk(chunk: cl.InputAudioChunk) -> None:
    buf: io.BytesIO = cl.user_session.get("audio_buffer")
    if chunk.isStart:
        cl.user_session.set("audio_mime_type", chunk.mimeType)
    buf.write(chunk.data)


@cl.on_audio_end
async def on_audio_end() -> None:
    buf: io.BytesIO = cl.user_session.get("audio_buffer")
    buf.seek(0)
    text = await transcribe(buf.read(), cl.user_session.get("audio_mime_type") or "audio/webm")
    if not text:
        return
    msg = cl.Message(author="You", type="user_message", content=text)
    await msg.send()
    await on_message(msg)
