"""Deposition / hearing audio transcription on Groq Whisper.

Groq caps uploads at 25 MB on the free tier and 100 MB on ours; the worker splits longer
recordings with ffmpeg before they get here.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import List, Optional

from groq import AsyncGroq

logger = logging.getLogger(__name__)

WHISPER_MODEL = os.getenv("LEXB_GROQ_WHISPER_MODEL", "whisper-large-v3")

# TODO(mk): move to app.clients.groq_client like everything else
_groq = AsyncGroq(api_key=os.getenv("LEXB_GROQ_API_KEY"), timeout=600.0)

LEGAL_VOCAB_PROMPT = (
    "Deposition transcript. Speakers: court reporter, examining attorney, defending attorney, witness. "
    "Terms: objection, form, foundation, privileged, Exhibit, Bates, stipulate."
)


@dataclass
class TranscriptResult:
    text: str
    language: Optional[str]
    duration: Optional[float]
    segments: List[dict] = field(default_factory=list)


async def transcribe(filename: str, audio: bytes, language: Optional[str] = "en") -> TranscriptResult:
    result = await _groq.audio.transcriptions.create(
        file=(filename, audio),
        model=WHISPER_MODEL,
        prompt=LEGAL_VOCAB_PROMPT,
        response_format="verbose_json",
        language=language,
        timestamp_granularities=["segment"],
        temperature=0.0,
    )
    segments = [
        {"start": s["start"], "end": s["end"], "text": s["text"].strip()}
        for s in (getattr(result, "segments", None) or [])
    ]
    return TranscriptResult(
        text=result.text,
        language=getattr(result, "language", language),
        duration=getattr(result, "duration", None),
        segments=segments,
    )


async def translate_to_english(filename: str, audio: bytes) -> str:
    """Foreign-language recordings (mostly Spanish and Portuguese witnesses)."""
    result = await _groq.audio.translations.create(
        file=(filename, audio),
        model="whisper-large-v3",
        response_format="json",
        temperature=0.0,
    )
    logger.info("translated %s (%d chars)", filename, len(result.text))
    return result.text
