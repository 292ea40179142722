"""Speech-to-text.

Two backends: OpenAI Whisper (default) and Groq's whisper-large-v3 (much
faster, cheaper, 25 MB limit too). Both take the audio file path.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from minutes_mate.services.clients import get_groq_client, get_openai_client
from minutes_mate.utils.audio import split_audio, MAX_UPLOAD_BYTES

log = logging.getLogger(__name__)


@dataclass
class TranscriptSegment:
    start: float
    end: float
    text: str


@dataclass
class Transcript:
    text: str
    segments: list[TranscriptSegment]
    language: str | None = None
    duration: float = 0.0


def _to_transcript(resp) -> Transcript:
    segments = [
        TranscriptSegment(start=s.start, end=s.end, text=s.text.strip())
        for s in (getattr(resp, "segments", None) or [])
    ]
    return Transcript(
        text=resp.text,
        segments=segments,
        language=getattr(resp, "language", None),
        duration=float(getattr(resp, "duration", 0.0) or 0.0),
    )


def transcribe_openai(path: Path, language: str | None = None, prompt: str | None = None) -> Transcript:
    client = get_openai_client()
    with path.open("rb") as fh:
        resp = client.audio.transcriptions.create(
            model="whisper-1",
            file=fh,
            response_format="verbose_json",
            language=language,
            prompt=prompt or "",
        )
    return _to_transcript(resp)


def transcribe_groq(path: Path, language: str | None = None) -> Transcript:
    groq = get_groq_client()
    data = path.read_bytes()
    resp = groq.audio.transcriptions.create(
        file=(path.name, data),
        model="whisper-large-v3",
        response_format="verbose_json",
        language=language,
    )
    return _to_transcript(resp)


BACKENDS = {
    "openai": transcribe_openai,
    "groq": transcribe_groq,
}


def transcribe(path: Path, backend: str = "openai", language: str | None = None) -> Transcript:
    """Transcribe, splitting files that exceed the upload limit."""
    fn = BACKENDS[backend]
    if path.stat().st_size <= MAX_UPLOAD_BYTES:
        return fn(path, language=language)

    parts = split_audio(path)
    texts, segments, offset = [], [], 0.0
    for part in parts:
        t = fn(part, language=language)
        texts.append(t.text)
        for s in t.segments:
            segments.append(TranscriptSegment(s.start + offset, s.end + offset, s.text))
        offset += t.duration
    return Transcript(text=" ".join(texts), segments=segments, language=language, duration=offset)


def translate_to_english(path: Path) -> str:
    client = get_openai_client()
    with path.open("rb") as fh:
        return client.audio.translations.create(model="whisper-1", file=fh).text
