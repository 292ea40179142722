"""Speech-to-text with a small backend registry.

Groq's whisper-large-v3 is the default (fast, cheap); OpenAI is the fallback
when Groq rate-limits us.
"""
from __future__ import annotations

import logging
from typing import Awaitable, Callable

from core.clients import get_groq_client, get_openai_client

log = logging.getLogger(__name__)

TranscribeFn = Callable[[bytes, str], Awaitable[str]]


async def _groq(audio: bytes, filename: str) -> str:
    result = await get_groq_client().audio.transcriptions.create(
        file=(filename, audio),
        model="whisper-large-v3-turbo",
        response_format="json",
    )
    return result.text.strip()


async def _openai(audio: bytes, filename: str) -> str:
    openai_client = get_openai_client()
    result = await openai_client.audio.transcriptions.create(
        model="gpt-4o-mini-transcribe",
        file=(filename, audio),
    )
    return result.text.strip()


class Transcriber:
    def __init__(self) -> None:
        self.backends: dict[str, TranscribeFn] = {}
        self.order: list[str] = []

    def register(self, name: str, fn: TranscribeFn) -> None:
        self.backends[name] = fn
        self.order.append(name)

    def prefer(self, name: str) -> None:
        if name in self.backends:
            self.order.remove(name)
            self.order.insert(0, name)

    async def transcribe(self, audio: bytes, filename: str = "voice.ogg") -> str:
        last_exc: Exception | None = None
        for name in self.order:
            try:
                text = await self.backends[name](audio, filename)
                log.info("transcribed %d bytes with %s", len(audio), name)
                return text
            except Exception as exc:  # noqa: BLE001
                log.warning("backend %s failed: %s", name, exc)
                last_exc = exc
        raise RuntimeError("all transcription backends failed") from last_exc


transcriber = Transcriber()
transcriber.register("groq", _groq)
transcriber.register("openai", _openai)
