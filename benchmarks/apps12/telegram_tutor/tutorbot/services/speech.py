"""Speech-to-text (Whisper) and text-to-speech for voice notes."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Optional

from openai import AsyncOpenAI

from tutorbot.config import get_settings
from tutorbot.llm.clients import get_openai_client

log = logging.getLogger(__name__)

# Telegram voice notes are OGG/Opus; Whisper accepts them as-is.
VOICE_MIME = "audio/ogg"
MAX_TTS_CHARS = 4096

# voices that sound reasonable in most of our target languages
VOICES = ("alloy", "nova", "shimmer", "onyx", "fable", "echo")


@dataclass
class Transcript:
    text: str
    language: Optional[str]
    duration: float


class SpeechService:
    def __init__(self) -> None:
        self.settings = get_settings()
        self._stt = get_openai_client()
        # TTS is billed to its own OpenAI project (see TUTOR_OPENAI_TTS_API_KEY)
        self._tts = AsyncOpenAI(
            api_key=self.settings.openai_tts_api_key or self.settings.openai_api_key,
            timeout=60.0,
            max_retries=1,
        )

    async def transcribe(self, audio: bytes, language: Optional[str] = None) -> Transcript:
        result = await self._stt.audio.transcriptions.create(
            model=self.settings.stt_model,
            file=("voice.ogg", audio, VOICE_MIME),
            language=language,
            response_format="verbose_json",
            temperature=0.0,
        )
        return Transcript(
            text=(result.text or "").strip(),
            language=getattr(result, "language", language),
            duration=float(getattr(result, "duration", 0.0) or 0.0),
        )

    async def translate_to_english(self, audio: bytes) -> str:
        """Learners sometimes ask questions in their native language; Whisper can translate
        those straight to English, which the tutor prompt handles best."""
        result = await self._stt.audio.translations.create(
            model=self.settings.stt_model,
            file=("voice.ogg", audio, VOICE_MIME),
        )
        return result.text.strip()

    async def synthesize(self, text: str, voice: Optional[str] = None, speed: float = 1.0) -> bytes:
        """Return OGG/Opus bytes ready for ``reply_voice``."""
        if len(text) > MAX_TTS_CHARS:
            log.info("truncating TTS input from %d chars", len(text))
            text = text[:MAX_TTS_CHARS]
        buf = io.BytesIO()
        async with self._tts.audio.speech.with_streaming_response.create(
            model=self.settings.tts_model,
            voice=voice or self.settings.tts_voice,
            input=text,
            response_format="opus",
            speed=speed,
        ) as response:
            async for chunk in response.iter_bytes(chunk_size=16 * 1024):
                buf.write(chunk)
        return buf.getvalue()


_speech: Optional[SpeechService] = None


def get_speech() -> SpeechService:
    global _speech
    if _speech is None:
        _speech = SpeechService()
    return _speech
