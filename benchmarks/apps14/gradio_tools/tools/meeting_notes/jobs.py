"""Background processing for uploaded recordings.

Transcription + summary of a 1h call takes ~2 minutes, longer than we want a
Gradio request to hang, so uploads are processed on a small thread pool and the
UI polls the job status.
"""
from __future__ import annotations

import enum
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Dict, Optional

from common.logging_setup import get_logger
from common.storage import put_bytes

from .action_items import extract_action_items
from .summarizer import summarize_transcript
from .transcribe import transcribe

log = get_logger(__name__)


class JobState(str, enum.Enum):
    QUEUED = "queued"
    TRANSCRIBING = "transcribing"
    SUMMARISING = "summarising"
    DONE = "done"
    FAILED = "failed"


@dataclass
class Job:
    id: str
    owner: str
    title: str
    state: JobState = JobState.QUEUED
    transcript: str = ""
    notes: str = ""
    action_items: list = field(default_factory=list)
    error: Optional[str] = None
    started: float = field(default_factory=time.time)


class JobRunner:
    def __init__(self, workers: int = 3):
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="meeting")
        self._jobs: Dict[str, Job] = {}
        self._lock = threading.Lock()

    def submit(self, audio_path: str, owner: str, title: str) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], owner=owner, title=title)
        with self._lock:
            self._jobs[job.id] = job
        self._executor.submit(self._run, job, audio_path)
        return job

    def get(self, job_id: str) -> Optional[Job]:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: Job, audio_path: str) -> None:
        try:
            job.state = JobState.TRANSCRIBING
            job.transcript = transcribe(audio_path)
            put_bytes("transcripts", job.transcript.encode(), f"{job.id}.txt", owner=job.owner)
            job.state = JobState.SUMMARISING
            job.notes = summarize_transcript(job.transcript, job.title)
            job.action_items = extract_action_items(job.notes)
            job.state = JobState.DONE
            log.info("meeting_job_done", job=job.id, seconds=round(time.time() - job.started))
        except Exception as exc:  # noqa: BLE001
            log.exception("meeting_job_failed", job=job.id)
            job.state = JobState.FAILED
            job.error = str(exc)


runner = JobRunner()
