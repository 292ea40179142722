"""Dictation and read-aloud."""
from __future__ import annotations

from pathlib import Path

from quill.engine import get_groq_client, get_openai_client


class DictationService:
    def __init__(self, openai_client=None, groq_client=None):
        self._openai = openai_client
        self._groq = groq_client

    @property
    def openai(self):
        if self._openai is None:
            self._openai = get_openai_client()
        return self._openai

    @property
    def groq(self):
        if self._groq is None:
            self._groq = get_groq_client()
        return self._groq

    def transcribe(self, wav_path: Path, fast: bool = True) -> str:
        if fast:
            with open(wav_path, "rb") as fh:
                result = self.groq.audio.transcriptions.create(
                    file=(wav_path.name, fh.read()),
                    model="whisper-large-v3-turbo",
                    response_format="text",
                )
            return result if isinstance(result, str) else result.text
        with open(wav_path, "rb") as fh:
            result = self.openai.audio.transcriptions.create(model="whisper-1", file=fh)
        return result.text

    def read_aloud(self, text: str, out_path: Path, voice: str = "alloy") -> Path:
        speech = self.openai.audio.speech.create(model="tts-1", voice=voice, input=text[:4000])
        speech.write_to_file(out_path)
        return out_path

    def upload_reference(self, path: Path) -> str:
        """Upload a style-guide file for the assistants beta (not a model call)."""
        with open(path, "rb") as fh:
            f = self.openai.files.create(file=fh, purpose="assistants")
        return f.id
