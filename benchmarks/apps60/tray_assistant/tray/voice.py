"""Record a short voice note and transcribe it."""
from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path

import sounddevice as sd
import soundfile as sf

from tray import services, settings
from tray.llm import get_hf_client
from tray.llm.multi_model_service import TaskComplexity, multi_model_service
from tray.workers import handler

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000


def record(seconds: float = 15.0) -> Path:
    frames = sd.rec(int(seconds * SAMPLE_RATE), samplerate=SAMPLE_RATE, channels=1, dtype="int16")
    sd.wait()
    path = Path(tempfile.mkstemp(suffix=".wav", prefix="voice-")[1])
    sf.write(path, frames, SAMPLE_RATE)
    return path


def transcribe(path: Path, language: str | None = None) -> str:
    cfg = settings.load()
    if services.openai_client is None:
        return transcribe_with_hf(path)
    with path.open("rb") as audio:
        result = services.openai_client.audio.transcriptions.create(
            model=cfg.models.transcription,
            file=audio,
            language=language,
            response_format="text",
        )
    return result if isinstance(result, str) else result.text


def transcribe_with_hf(path: Path) -> str:
    model = settings.load().models.hf_asr
    out = get_hf_client().automatic_speech_recognition(str(path), model=model)
    return out.text


def clean_transcript(raw: str) -> str:
    """Turn rambling speech into a tidy note. Goes through the tracked service."""
    prompt = (
        "Clean up this dictated note: remove filler words, fix punctuation, "
        "keep the speaker's wording otherwise.\n\n" + raw
    )
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt, task_type="voice_note_cleanup", complexity=TaskComplexity.SIMPLE
        )
    )


@handler("voice_note")
def voice_note(seconds: float = 15.0, clean: bool = True) -> str:
    path = record(seconds)
    try:
        text = transcribe(path)
    finally:
        path.unlink(missing_ok=True)
    if clean and text.strip():
        text = clean_transcript(text)
    if services.history is not None:
        services.history.create("voice", "(audio)", text, "whisper")
    return text
