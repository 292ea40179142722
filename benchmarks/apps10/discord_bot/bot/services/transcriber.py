"""Voice message transcription. Groq's Whisper is fast and cheap; OpenAI is the backup."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import groq

from bot.ai.clients import get_groq, get_openai
from bot.config import settings
from bot.errors import ProviderUnavailable

log = logging.getLogger(__name__)

MAX_BYTES = 25 * 1024 * 1024  # both APIs reject larger uploads


@dataclass
class Transcript:
    text: str
    language: Optional[str]
    duration: Optional[float]
    provider: str


class Transcriber:
    def __init__(self) -> None:
        self._groq = get_groq() if settings.has_groq else None

    async def transcribe(self, filename: str, data: bytes, *, prompt: Optional[str] = None) -> Transcript:
        if len(data) > MAX_BYTES:
            raise ValueError("audio file too large")

        if self._groq is not None:
            try:
                result = await self._groq.audio.transcriptions.create(
                    file=(filename, data),
                    model=settings.models.transcription,
                    prompt=prompt,
                    response_format="verbose_json",
                )
                return Transcript(result.text.strip(), getattr(result, "language", None),
                                  getattr(result, "duration", None), "groq")
            except (groq.RateLimitError, groq.APIConnectionError, groq.InternalServerError) as exc:
                log.warning("groq transcription failed, falling back to openai: %r", exc)

        if not settings.has_openai:
            raise ProviderUnavailable("transcription")
        result = await get_openai().audio.transcriptions.create(
            model="whisper-1",
            file=(filename, data),
            prompt=prompt,
        )
        return Transcript(result.text.strip(), None, None, "openai")
