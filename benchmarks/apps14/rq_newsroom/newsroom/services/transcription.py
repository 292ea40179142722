"""Transcription of recorded interviews, plus a reporter-facing summary."""
import io
import logging
import os

import anthropic
from flask import current_app

from newsroom.ai import clients
from newsroom.ai.prompts import INTERVIEW_SUMMARY_SYSTEM
from newsroom.ai_utils import client as openai_legacy
from newsroom.utils import call_with_backoff
from newsroom.utils.storage import read_object

log = logging.getLogger(__name__)

# whisper-1 rejects uploads over 25 MB; the Groq endpoint is the same limit on our plan
MAX_UPLOAD_BYTES = 25 * 1024 * 1024

# transcripts of hour-long interviews take a while to summarise
_claude = anthropic.Anthropic(timeout=300.0, max_retries=2)


class TranscriptionTooLarge(ValueError):
    pass


def _load_audio(asset):
    data = read_object(asset.s3_key)
    if len(data) > MAX_UPLOAD_BYTES:
        raise TranscriptionTooLarge(f"{asset.s3_key} is {len(data) // (1024 * 1024)} MB")
    return os.path.basename(asset.s3_key), data


def transcribe_openai(asset, language=None):
    filename, data = _load_audio(asset)
    fh = io.BytesIO(data)
    fh.name = filename
    kwargs = {"language": language} if language else {}
    result = call_with_backoff(
        openai_legacy.audio.transcriptions.create,
        model=current_app.config["OPENAI_TRANSCRIBE_MODEL"],
        file=fh,
        response_format="verbose_json",
        timestamp_granularities=["segment"],
        **kwargs,
    )
    segments = [{"start": s.start, "end": s.end, "text": s.text} for s in (result.segments or [])]
    return result.text, segments, result.language


def transcribe_groq(asset, language=None):
    filename, data = _load_audio(asset)
    groq = clients.groq_client()
    result = groq.audio.transcriptions.create(
        file=(filename, data),
        model=current_app.config["GROQ_WHISPER_MODEL"],
        response_format="verbose_json",
        language=language,
        temperature=0.0,
    )
    segments = [
        {"start": s["start"], "end": s["end"], "text": s["text"]}
        for s in getattr(result, "segments", None) or []
    ]
    return result.text, segments, getattr(result, "language", language)


def transcribe_hf(asset, language=None):
    _, data = _load_audio(asset)
    hf = clients.hf_client()
    output = hf.automatic_speech_recognition(data, model=current_app.config["HF_ASR_MODEL"])
    chunks = [
        {"start": c.timestamp[0], "end": c.timestamp[1], "text": c.text}
        for c in (output.chunks or [])
    ]
    return output.text, chunks, language


BACKENDS = {
    "openai": transcribe_openai,
    "groq": transcribe_groq,
    "hf": transcribe_hf,
}


def transcribe(asset, backend=None, language=None):
    backend = backend or current_app.config["TRANSCRIPTION_BACKEND"]
    log.info("transcribing media %s with %s", asset.id, backend)
    return backend, BACKENDS[backend](asset, language=language)


def summarize_interview(transcript_text, reporter_notes=None):
    content = transcript_text
    if reporter_notes:
        content = f"Reporter's notes:\n{reporter_notes}\n\nTranscript:\n{transcript_text}"
    message = _claude.messages.create(
        model=current_app.config["ANTHROPIC_MODEL"],
        max_tokens=1500,
        system=INTERVIEW_SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": content}],
    )
    return "".join(block.text for block in message.content if block.type == "text")
