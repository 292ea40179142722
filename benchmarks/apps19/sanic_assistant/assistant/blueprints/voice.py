"""Voice notes from the mobile app: transcribe in (Groq whisper), speak out (OpenAI TTS)."""
from __future__ import annotations

from groq import AsyncGroq
from openai import AsyncOpenAI
from sanic import Blueprint
from sanic.exceptions import BadRequest
from sanic.response import json, raw

bp = Blueprint("voice", url_prefix="/voice")

TRANSCRIBE_MODEL = "whisper-large-v3-turbo"
TTS_MODEL = "gpt-4o-mini-tts"


async def transcribe(groq: AsyncGroq, filename: str, audio: bytes, language: str | None = None) -> str:
    kwargs = {"language": language} if language else {}
    result = await groq.audio.transcriptions.create(
        file=(filename, audio),
        model=TRANSCRIBE_MODEL,
        response_format="json",
        **kwargs,
    )
    return result.text


async def speak(openai: AsyncOpenAI, text: str, voice: str = "alloy") -> bytes:
    speech = await openai.audio.speech.create(model=TTS_MODEL, voice=voice, input=text, response_format="mp3")
    return speech.content


@bp.post("/transcribe")
async def transcribe_note(request):
    upload = request.files.get("audio")
    if upload is None:
        raise BadRequest("audio file required")
    text = await transcribe(request.app.ctx.groq, upload.name, upload.body, language=request.form.get("lang"))
    return json({"text": text})


@bp.post("/speak")
async def speak_text(request):
    text = (request.json or {}).get("text", "")[:4000]
    audio = await speak(request.app.ctx.openai, text, voice=(request.json or {}).get("voice", "alloy"))
    return raw(audio, content_type="audio/mpeg")
