"""Azure OpenAI Batch jobs for low-priority bulk work (correspondence triage, backfills).

50% cheaper than online calls, 24h window. Jobs are tracked in processing_jobs.
"""
import io
import json
import logging
from datetime import datetime
from typing import List

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import get_azure_client
from docintel.models import DocType, Document, JobState, ProcessingJob
from docintel.tasks.base import DocTask

log = logging.getLogger(__name__)

TRIAGE_SYSTEM = (
    "Triage this piece of customer correspondence for an insurer. Return JSON with keys "
    "intent (complaint|claim_update|cancellation|address_change|other), urgency (1-3), summary."
)


def _jsonl(documents: List[Document]) -> bytes:
    lines = []
    for doc in documents:
        lines.append(json.dumps({
            "custom_id": doc.id,
            "method": "POST",
            "url": "/chat/completions",
            "body": {
                "model": settings.azure_batch_deployment,
                "messages": [
                    {"role": "system", "content": TRIAGE_SYSTEM},
                    {"role": "user", "content": doc.full_text[:16000]},
                ],
                "response_format": {"type": "json_object"},
                "temperature": 0,
            },
        }))
    return ("\n".join(lines) + "\n").encode("utf-8")


@app.task(bind=True, base=DocTask, name="docintel.tasks.batch.submit_correspondence_batch")
def submit_correspondence_batch(self, limit: int = 5000) -> str:
    with session_scope() as session:
        docs = (
            session.query(Document)
            .filter(Document.doc_type == DocType.CORRESPONDENCE)
            .order_by(Document.created_at)
            .limit(limit)
            .all()
        )
        for d in docs:
            _ = d.pages  # load before session closes
        payload = _jsonl(docs)
        count = len(docs)

    if not count:
        return "nothing to do"

    client = get_azure_client()
    uploaded = client.files.create(file=("triage.jsonl", io.BytesIO(payload)), purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/chat/completions",
        completion_window="24h",
        metadata={"kind": "correspondence_triage"},
    )

    with session_scope() as session:
        session.add(ProcessingJob(kind="azure_batch_triage", state=JobState.RUNNING, external_id=batch.id,
                                  total_items=count, started_at=datetime.utcnow()))
    log.info("submitted azure batch %s with %d requests", batch.id, count)
    return batch.id


@app.task(name="docintel.tasks.batch.poll_batches")
def poll_batches() -> int:
    client = get_azure_client()
    finished = 0
    with session_scope() as session:
        running = session.query(ProcessingJob).filter_by(kind="azure_batch_triage", state=JobState.RUNNING).all()
        for job in running:
            batch = client.batches.retrieve(job.external_id)
            job.completed_items = batch.request_counts.completed if batch.request_counts else 0
            if batch.status == "completed" and batch.output_file_id:
                content = client.files.content(batch.output_file_id)
                results = [json.loads(line) for line in content.text.splitlines() if line.strip()]
                _apply_triage(session, results)
                job.record_completion(JobState.DONE, {"output_file_id": batch.output_file_id})
                finished += 1
            elif batch.status in ("failed", "expired", "cancelled"):
                job.record_completion(JobState.FAILED, {"status": batch.status, "errors": str(batch.errors)})
    return finished


def _apply_triage(session, results: List[dict]) -> None:
    from docintel.models import ExtractionResult

    for row in results:
        body = (row.get("response") or {}).get("body") or {}
        choices = body.get("choices") or []
        if not choices:
            continue
        try:
            fields = json.loads(choices[0]["message"]["content"])
        except (KeyError, ValueError):
            log.warning("unparseable triage output for %s", row.get("custom_id"))
            continue
        session.add(ExtractionResult(document_id=row["custom_id"], schema_name="triage",
                                     model=settings.azure_batch_deployment, fields=fields))
