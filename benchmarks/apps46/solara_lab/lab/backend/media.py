"""Media + safety helpers: voice questions (Groq Whisper / OpenAI TTS) and
moderation of free text before it lands in a shared notebook."""
from __future__ import annotations

import io

from lab.backend.clients import get_groq_client, get_openai_client, openai_client

BLOCK_CATEGORIES = {"hate", "harassment", "self-harm", "sexual/minors", "violence/graphic"}


def transcribe(audio_bytes: bytes, filename: str = "question.webm") -> str:
    groq = get_groq_client()
    tr = groq.audio.transcriptions.create(
        file=(filename, io.BytesIO(audio_bytes)),
        model="whisper-large-v3-turbo",
        response_format="text",
    )
    return tr if isinstance(tr, str) else tr.text


def speak(text: str, voice: str = "alloy") -> bytes:
    audio = get_openai_client().audio.speech.create(model="tts-1", voice=voice, input=text[:4000])
    return audio.content


def is_allowed(text: str) -> tuple[bool, list[str]]:
    if not text.strip():
        return True, []
    result = openai_client.moderations.create(model="omni-moderation-latest", input=text).results[0]
    flagged = [name for name, hit in result.categories.model_dump(by_alias=True).items() if hit]
    return not any(c in BLOCK_CATEGORIES for c in flagged), flagged
