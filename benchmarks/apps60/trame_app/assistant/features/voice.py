"""Voice questions: the browser records audio, we transcribe it with Groq
Whisper and optionally read answers back with OpenAI TTS."""
from __future__ import annotations

import io

from assistant.config import get_settings
from assistant.llm.clients import get_groq_client, get_openai_client


def transcribe(audio: bytes, filename: str = "question.webm") -> str:
    settings = get_settings()
    transcription = get_groq_client().audio.transcriptions.create(
        file=(filename, io.BytesIO(audio)),
        model=settings.groq_whisper_model,
        response_format="json",
        language="en",
    )
    return transcription.text


def speak(text: str, voice: str = "alloy") -> bytes:
    client = get_openai_client()
    speech = client.audio.speech.create(model="tts-1", voice=voice, input=text[:4000])
    return speech.read()
