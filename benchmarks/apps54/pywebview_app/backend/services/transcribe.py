"""Voice notes: transcribe recorded audio and optionally read a note aloud."""
from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from backend import llm


def transcribe_voice_note(audio_b64: str, suffix: str = ".webm") -> str:
    data = base64.b64decode(audio_b64)
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as fh:
        fh.write(data)
        path = Path(fh.name)
    try:
        with path.open("rb") as audio:
            transcript = llm.get_openai_client().audio.transcriptions.create(
                model="whisper-1", file=audio
            )
        return transcript.text
    finally:
        path.unlink(missing_ok=True)


def read_aloud(text: str, out_path: Path) -> Path:
    client = llm.get_openai_client()
    speech = client.audio.speech.create(model="tts-1", voice="alloy", input=text[:4000])
    speech.write_to_file(out_path)
    return out_path
