"""Transcribe + analyse an uploaded call recording."""
import asyncio
import json
import logging

from masonite.queues import Queueable

from app.models.CallTranscript import CallTranscript
from app.services.ai.transcript_analyzer import TranscriptAnalysisError, TranscriptAnalyzer
from app.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class AnalyzeTranscriptJob(Queueable):
    def __init__(self, transcript_id: int):
        self.transcript_id = transcript_id

    def handle(self):
        transcript = CallTranscript.find(self.transcript_id)
        if transcript is None:
            return
        analyzer = TranscriptAnalyzer()
        transcript.mark("transcribing")
        if not transcript.text:
            transcript.text = analyzer.transcribe(transcript.audio_path)
        transcript.mark("analysing")

        try:
            transcript.analysis = analyzer.analyze(transcript.text)
        except TranscriptAnalysisError:
            # Second attempt through the tracked router with a stricter prompt.
            raw = asyncio.run(
                multi_model_service.generate_response(
                    prompt="Return ONLY JSON. " + transcript.text,
                    task_type="transcript",
                    complexity=TaskComplexity.STANDARD,
                )
            )
            transcript.analysis = json.loads(raw)
        transcript.mark("done")

    def failed(self, payload, error):
        logger.error("transcript %s failed: %s", self.transcript_id, error)
        transcript = CallTranscript.find(self.transcript_id)
        if transcript:
            transcript.mark("failed")
