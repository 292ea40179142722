"""Long drafts run off the request thread.

A full proposal can take 60-90s with gpt-4.1, which is longer than our proxy timeout,
so /drafts kicks off a job and the page polls /drafts/{id}/status via HTMX.
"""
from __future__ import annotations

import logging
import queue
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

from .store import client_context, job_store, proposal_store
from .writers.prompts import SYSTEM_WRITER

log = logging.getLogger(__name__)

FULL_DRAFT_PROMPT = """Write a complete proposal in markdown with these sections:
Executive Summary, Understanding of Needs, Scope of Work, Approach, Timeline, Team, Investment, Next Steps.

Client: {context}
Brief: {brief}
Notes from account lead: {notes}
"""


class DraftJobManager:
    """Single worker thread + queue. `client` is the OpenAI client from AppServices."""

    def __init__(self, client, model: str = "gpt-4.1", jobs=job_store, store=proposal_store):
        self.client = client
        self.model = model
        self.jobs = jobs
        self.store = store
        self._q: queue.Queue[tuple[str, int, str]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._loop, name="draft-worker", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._q.put(("", 0, ""))

    def submit(self, proposal_id: int, notes: str = "") -> str:
        job_id = uuid.uuid4().hex[:12]
        self.jobs.create(job_id, proposal_id)
        self._q.put((job_id, proposal_id, notes))
        return job_id

    def _loop(self) -> None:
        while not self._stop.is_set():
            job_id, proposal_id, notes = self._q.get()
            if not job_id:
                continue
            try:
                self._run(job_id, proposal_id, notes)
            except Exception as exc:  # keep the worker alive
                log.exception("draft job %s failed", job_id)
                self.jobs.set(job_id, status="failed", error=str(exc)[:500])

    def _run(self, job_id: str, proposal_id: int, notes: str) -> None:
        self.jobs.set(job_id, status="running", progress=10)
        proposal = self.store.get(proposal_id)
        prompt = FULL_DRAFT_PROMPT.format(
            context=client_context(proposal.client_id), brief=proposal.brief, notes=notes or "-"
        )
        response = self.client.responses.create(
            model=self.model,
            instructions=SYSTEM_WRITER,
            input=prompt,
            max_output_tokens=6000,
        )
        self.jobs.set(job_id, progress=90)
        text = response.output_text
        self.store.update_body(proposal_id, text, status="drafted")
        self.jobs.set(job_id, status="done", progress=100, result=f"{len(text)} chars")


# Used for the "alternatives" feature: three Gemini variants in parallel.
_pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="alt-draft")


def draft_alternatives(svc, paragraph: str, n: int = 3) -> list[str]:
    futures = [
        _pool.submit(
            svc.genai.models.generate_content,
            model=svc.settings.models.gemini,
            contents=f"Rewrite this proposal paragraph (variant {i + 1}), keep facts:\n\n{paragraph}",
        )
        for i in range(n)
    ]
    return [(f.result().text or "").strip() for f in futures]


draft_manager: DraftJobManager | None = None


def get_draft_manager(svc) -> DraftJobManager:
    global draft_manager
    if draft_manager is None:
        draft_manager = DraftJobManager(svc.openai, model=svc.settings.models.draft)
        draft_manager.start()
    return draft_manager
