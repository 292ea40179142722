"""Dictation (speech-to-text) and read-aloud (text-to-speech)."""
from __future__ import annotations

from pathlib import Path

from counseldesk import services

TRANSCRIBE_MODEL = "gpt-4o-transcribe"
TTS_MODEL = "gpt-4o-mini-tts"


def transcribe_dictation(audio_path: Path, prompt: str | None = None) -> str:
    client = services.get_openai_client()
    with audio_path.open("rb") as fh:
        transcript = client.audio.transcriptions.create(
            model=TRANSCRIBE_MODEL,
            file=fh,
            prompt=prompt or "Legal dictation. Terms: indemnification, estoppel, force majeure.",
        )
    return transcript.text


def read_aloud(text: str, out_path: Path, voice: str = "alloy") -> Path:
    client = services.get_openai_client()
    with client.audio.speech.with_streaming_response.create(
        model=TTS_MODEL, voice=voice, input=text[:4000]
    ) as response:
        response.stream_to_file(out_path)
    return out_path
