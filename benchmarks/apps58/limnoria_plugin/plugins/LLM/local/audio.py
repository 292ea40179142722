"""Transcribe voice notes people link in channel (matrix bridge users)."""

import io
import logging
import os

import requests
from groq import Groq

log = logging.getLogger("supybot.plugins.LLM.audio")

AUDIO_EXTS = (".ogg", ".oga", ".mp3", ".m4a", ".wav", ".opus")
MAX_BYTES = 10 * 1024 * 1024


def looks_like_audio(url):
    return url.lower().split("?", 1)[0].endswith(AUDIO_EXTS)


def download(url):
    r = requests.get(url, timeout=15, stream=True)
    r.raise_for_status()
    data = io.BytesIO()
    for chunk in r.iter_content(64 * 1024):
        data.write(chunk)
        if data.tell() > MAX_BYTES:
            raise ValueError("audio file too large")
    data.seek(0)
    return data


def transcribe(url, api_key=None):
    client = Groq(api_key=api_key or os.environ.get("GROQ_API_KEY"))
    data = download(url)
    name = url.rsplit("/", 1)[-1].split("?", 1)[0] or "voice.ogg"
    transcription = client.audio.transcriptions.create(
        file=(name, data.read()),
        model="whisper-large-v3-turbo",
        response_format="text",
    )
    return transcription if isinstance(transcription, str) else transcription.text
