"""Audio/video transcription.

Whisper via OpenAI is the default (better diarisation hints with verbose_json);
Groq's whisper-large-v3-turbo is used for the "fast" tier (breaking news clips).
"""
from __future__ import annotations

import logging
from pathlib import Path

import modal

from common.config import MODELS
from common.secrets import GROQ_SECRET, OPENAI_SECRET
from common.storage import JobRecord
from lib.costs import estimate_transcription_cost
from lib.media import AudioChunk, merge_segments, probe_duration, split_audio
from lib.prompts import TRANSCRIPT_CLEANUP
from lib.retry import with_retries
from modal_app import MEDIA_MOUNT, app, media_image, media_volume
from providers import get_groq, get_openai

logger = logging.getLogger(__name__)

NEWSROOM_GLOSSARY = "Starmer, Sunak, Reeves, Ofcom, Ofgem, NHS, Holyrood, Senedd, Stormont"


@app.cls(
    image=media_image,
    secrets=[OPENAI_SECRET, GROQ_SECRET],
    volumes={MEDIA_MOUNT: media_volume},
    timeout=60 * 30,
    scaledown_window=120,
    retries=modal.Retries(max_retries=2, backoff_coefficient=2.0),
)
@modal.concurrent(max_inputs=4)
class Transcriber:
    language: str = modal.parameter(default="en")

    @modal.enter()
    def setup(self) -> None:
        self.oai = get_openai()
        self.groq = get_groq()
        media_volume.reload()

    def _whisper_chunk(self, chunk: AudioChunk) -> tuple[float, list[dict], str]:
        with chunk.open() as fh:
            result = self.oai.audio.transcriptions.create(
                model=MODELS.whisper,
                file=fh,
                language=self.language,
                response_format="verbose_json",
                timestamp_granularities=["segment"],
                prompt=NEWSROOM_GLOSSARY,
            )
        segments = [
            {"start": s.start, "end": s.end, "text": s.text.strip()} for s in (result.segments or [])
        ]
        return chunk.start, segments, result.text

    def _groq_chunk(self, chunk: AudioChunk) -> tuple[float, list[dict], str]:
        with chunk.open() as fh:
            result = with_retries(
                self.groq.audio.transcriptions.create,
                file=(chunk.path.name, fh.read()),
                model=MODELS.groq_whisper,
                language=self.language,
                response_format="verbose_json",
            )
        segments = [
            {"start": s["start"], "end": s["end"], "text": s["text"].strip()}
            for s in (getattr(result, "segments", None) or [])
        ]
        return chunk.start, segments, result.text

    def _cleanup(self, text: str) -> str:
        """Light punctuation pass; skipped for very short clips."""
        if len(text) < 400:
            return text
        resp = self.oai.chat.completions.create(
            model=MODELS.openai_chat,
            temperature=0,
            messages=[
                {"role": "system", "content": TRANSCRIPT_CLEANUP.format(glossary=NEWSROOM_GLOSSARY)},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content or text

    @modal.method()
    def transcribe(self, asset_id: str, relative_path: str, tier: str = "standard", cleanup: bool = True) -> dict:
        src = Path(MEDIA_MOUNT) / relative_path
        duration = probe_duration(src)
        chunks = split_audio(src)
        logger.info("transcribing %s (%.0fs, %d chunks, tier=%s)", asset_id, duration, len(chunks), tier)

        worker = self._groq_chunk if tier == "fast" else self._whisper_chunk
        parts, texts = [], []
        for chunk in chunks:
            offset, segments, text = worker(chunk)
            parts.append((offset, segments))
            texts.append(self._cleanup(text) if cleanup else text)

        payload = {
            "text": "\n".join(texts),
            "segments": merge_segments(parts),
            "duration": duration,
            "tier": tier,
            "est_cost_usd": estimate_transcription_cost(duration),
        }
        JobRecord.create(asset_id, "transcript", payload)
        return payload

    @modal.method()
    def translate_to_english(self, asset_id: str, relative_path: str) -> str:
        """For foreign-language clips the desk only needs an English working copy."""
        src = Path(MEDIA_MOUNT) / relative_path
        chunk = split_audio(src)[0]
        with chunk.open() as fh:
            result = self.oai.audio.translations.create(model=MODELS.whisper, file=fh)
        JobRecord.create(asset_id, "transcript_en", {"text": result.text})
        return result.text
