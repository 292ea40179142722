"""Voice notes: transcription in, read-aloud out."""

from __future__ import annotations

import io
import logging

import openai
import svcs

log = logging.getLogger(__name__)


class VoiceService:
    def __init__(self, client: openai.OpenAI, stt_model: str = "whisper-1", tts_model: str = "tts-1") -> None:
        self._client = client
        self.stt_model = stt_model
        self.tts_model = tts_model

    @classmethod
    def from_container(cls, svcs_container: svcs.Container) -> "VoiceService":
        return cls(svcs_container.get(openai.OpenAI))

    def transcribe(self, audio: bytes, filename: str = "note.m4a") -> str:
        buf = io.BytesIO(audio)
        buf.name = filename
        result = self._client.audio.transcriptions.create(model=self.stt_model, file=buf)
        return result.text

    def read_aloud(self, text: str, voice: str = "alloy") -> bytes:
        speech = self._client.audio.speech.create(
            model=self.tts_model, voice=voice, input=text[:4096], response_format="mp3"
        )
        return speech.read()
