"""Read answers aloud / dictate questions.

Text-to-speech uses OpenAI; dictation uses Groq's hosted Whisper because it
returns in well under a second.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from .clients import ClientPool

log = logging.getLogger(__name__)

RECORD_SECONDS = 6


def speak(pool: ClientPool, text: str, voice: str = "alloy") -> None:
    out = Path(tempfile.gettempdir()) / "ulauncher-ai-answer.mp3"
    with pool.openai.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice=voice,
        input=text[:4000],
    ) as response:
        response.stream_to_file(out)
    player = shutil.which("mpv") or shutil.which("paplay")
    if player:
        subprocess.Popen([player, str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def record(seconds: int = RECORD_SECONDS) -> Path:
    path = Path(tempfile.gettempdir()) / "ulauncher-ai-dictation.wav"
    subprocess.run(
        ["arecord", "-q", "-f", "cd", "-d", str(seconds), str(path)],
        check=True,
    )
    return path


def dictate(pool: ClientPool) -> str:
    wav = record()
    with wav.open("rb") as fh:
        transcription = pool.groq.audio.transcriptions.create(
            file=(wav.name, fh.read()),
            model="whisper-large-v3-turbo",
            response_format="text",
        )
    return str(transcription).strip()
