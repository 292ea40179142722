"""Provider batch APIs for the nightly bulk jobs (50% cheaper, 24h SLA)."""
import io
import json
import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from docproc.celery_app import celery_app
from docproc.clients import get_anthropic_client, get_openai_client
from docproc.db import session_scope
from docproc.models import BatchRun, Document, DocumentStatus
from docproc.prompts import CLASSIFY_SYSTEM, REDUCE_SUMMARY_SYSTEM
from docproc.services.classifier import CLASSIFY_TOOL
from docproc.settings import settings
from docproc.utils.text import truncate_tokens

logger = logging.getLogger(__name__)

NIGHTLY_LIMIT = 5000


def _documents_needing_summary(session):
    cutoff = datetime.utcnow() - timedelta(days=1)
    stmt = (
        select(Document)
        .where(Document.status == DocumentStatus.EXTRACTED, Document.created_at < cutoff)
        .limit(NIGHTLY_LIMIT)
    )
    return list(session.scalars(stmt))


@celery_app.task(name="docproc.tasks.batch.submit_nightly_summary_batch")
def submit_nightly_summary_batch():
    client = get_openai_client()
    with session_scope() as session:
        docs = _documents_needing_summary(session)
        if not docs:
            logger.info("no documents waiting for nightly summary")
            return None

        buf = io.BytesIO()
        for doc in docs:
            line = {
                "custom_id": f"doc-{doc.id}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": settings.openai_summary_model,
                    "max_tokens": 1500,
                    "messages": [
                        {"role": "system", "content": REDUCE_SUMMARY_SYSTEM},
                        {"role": "user", "content": truncate_tokens(doc.text or "", 100_000)},
                    ],
                },
            }
            buf.write((json.dumps(line) + "\n").encode())
        buf.seek(0)

        input_file = client.files.create(file=("nightly-summaries.jsonl", buf), purpose="batch")
        batch = client.batches.create(
            input_file_id=input_file.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"job": "nightly-summary", "env": settings.env},
        )
        BatchRun.create(
            session,
            provider="openai",
            external_id=batch.id,
            purpose="nightly-summary",
            document_ids=[d.id for d in docs],
        )
        logger.info("submitted openai batch %s with %d documents", batch.id, len(docs))
        return batch.id


@celery_app.task(name="docproc.tasks.batch.submit_claude_classification_batch")
def submit_claude_classification_batch(document_ids):
    client = get_anthropic_client()
    with session_scope() as session:
        docs = [session.get(Document, i) for i in document_ids]
        requests_ = [
            {
                "custom_id": f"doc-{doc.id}",
                "params": {
                    "model": settings.anthropic_fast_model,
                    "max_tokens": 400,
                    "system": CLASSIFY_SYSTEM,
                    "tools": [CLASSIFY_TOOL],
                    "tool_choice": {"type": "tool", "name": "record_classification"},
                    "messages": [{"role": "user", "content": truncate_tokens(doc.text or "", 6000)}],
                },
            }
            for doc in docs
            if doc is not None
        ]
        message_batch = client.messages.batches.create(requests=requests_)
        BatchRun.create(
            session,
            provider="anthropic",
            external_id=message_batch.id,
            purpose="classification",
            document_ids=list(document_ids),
        )
        return message_batch.id


@celery_app.task(name="docproc.tasks.batch.poll_batches")
def poll_batches():
    openai_client = get_openai_client()
    anthropic_client = get_anthropic_client()
    with session_scope() as session:
        for run in BatchRun.pending(session, "openai"):
            batch = openai_client.batches.retrieve(run.external_id)
            run.status = batch.status
            if batch.status == "completed":
                run.completed_at = datetime.utcnow()
                _apply_openai_results(session, openai_client, batch.output_file_id)
        for run in BatchRun.pending(session, "anthropic"):
            mb = anthropic_client.messages.batches.retrieve(run.external_id)
            if mb.processing_status == "ended":
                run.status = "completed"
                run.completed_at = datetime.utcnow()
                _apply_anthropic_results(session, anthropic_client, run.external_id)


def _apply_openai_results(session, client, output_file_id):
    content = client.files.content(output_file_id)
    for line in content.text.splitlines():
        item = json.loads(line)
        doc_id = int(item["custom_id"].split("-", 1)[1])
        body = item["response"]["body"]
        doc = session.get(Document, doc_id)
        if doc is not None and body.get("choices"):
            doc.summary = body["choices"][0]["message"]["content"]
            doc.status = DocumentStatus.SUMMARIZED


def _apply_anthropic_results(session, client, batch_id):
    for entry in client.messages.batches.results(batch_id):
        if entry.result.type != "succeeded":
            continue
        doc = session.get(Document, int(entry.custom_id.split("-", 1)[1]))
        for block in entry.result.message.content:
            if block.type == "tool_use":
                doc.doc_type = block.input.get("doc_type")
                doc.doc_type_confidence = block.input.get("confidence")
