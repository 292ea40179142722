"""Deposition audio -> transcript -> summary."""
from __future__ import annotations

import io
import logging

from lexbrief.clients import ProviderClients
from lexbrief.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

TRANSCRIBE_MODEL = "gpt-4o-transcribe"


class TranscriptService:
    def __init__(self, clients: ProviderClients) -> None:
        self.clients = clients

    async def transcribe(self, filename: str, audio: bytes, prompt: str | None = None) -> str:
        buf = io.BytesIO(audio)
        buf.name = filename
        transcript = await self.clients.openai.audio.transcriptions.create(
            model=TRANSCRIBE_MODEL,
            file=buf,
            prompt=prompt or "Deposition transcript. Speakers: Q (examining attorney), A (witness).",
            response_format="text",
        )
        return transcript if isinstance(transcript, str) else transcript.text

    async def archive_audio(self, filename: str, audio: bytes) -> str:
        # keep the original for the vendor's batch re-transcription; upload only, nothing billed here
        uploaded = await self.clients.openai.files.create(file=(filename, audio), purpose="user_data")
        return uploaded.id

    async def summarize_deposition(self, transcript: str, matter_id: str) -> str:
        resp = await multi_model_service.generate_response(
            prompt="Summarize this deposition: key admissions, inconsistencies, exhibits referenced.\n\n"
            + transcript[:120_000],
            task_type="deposition_summary",
            complexity=TaskComplexity.AGENTIC,
            matter_id=matter_id,
            max_tokens=3000,
        )
        return resp.text
