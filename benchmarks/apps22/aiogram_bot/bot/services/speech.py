"""Speech-to-text (Whisper) and text-to-speech for voice lessons."""
from __future__ import annotations

import io
import logging

from openai import AsyncOpenAI

log = logging.getLogger(__name__)


class SpeechService:
    def __init__(self, openai_client: AsyncOpenAI, *, stt_model: str = "whisper-1",
                 tts_model: str = "tts-1", voice: str = "nova") -> None:
        self._openai = openai_client
        self.stt_model = stt_model
        self.tts_model = tts_model
        self.voice = voice

    async def transcribe(self, audio: bytes, *, filename: str = "voice.ogg", language: str | None = None) -> str:
        kwargs = {"language": language} if language else {}
        result = await self._openai.audio.transcriptions.create(
            model=self.stt_model,
            file=(filename, audio),
            response_format="text",
            **kwargs,
        )
        # response_format="text" returns a plain str
        return str(result).strip()

    async def translate_to_english(self, audio: bytes, filename: str = "voice.ogg") -> str:
        result = await self._openai.audio.translations.create(model=self.stt_model, file=(filename, audio))
        return result.text

    async def synthesize(self, text: str, *, speed: float = 1.0) -> bytes:
        buf = io.BytesIO()
        async with self._openai.audio.speech.with_streaming_response.create(
            model=self.tts_model,
            voice=self.voice,
            input=text[:4000],
            response_format="opus",
            speed=speed,
        ) as response:
            async for chunk in response.iter_bytes(chunk_size=16384):
                buf.write(chunk)
        return buf.getvalue()
