"""Durable summarisation of uploaded documents.

Each chunk is summarised in its own step so retries don't redo finished work.
"""
from __future__ import annotations

import datetime
import logging

import inngest

from app import db
from app.config import get_settings
from app.functions.toolkit import toolkit
from app.inngest_client import DOCUMENT_EMBED, DOCUMENT_SUMMARIZE, DOCUMENT_UPLOADED, inngest_client
from services import get_anthropic, render_prompt
from services.multi_model_service import TaskComplexity, multi_model_service
from services.prompts import chunk_text, truncate

logger = logging.getLogger(__name__)
settings = get_settings()


async def _summarize_chunk(chunk: str, max_bullets: int) -> str:
    client = get_anthropic()
    msg = await client.messages.create(
        model=settings.summary_model,
        max_tokens=800,
        system=render_prompt("summary", max_bullets=max_bullets),
        messages=[{"role": "user", "content": chunk}],
    )
    return msg.content[0].text


async def _propose_title(text: str) -> str:
    fw = toolkit().fireworks
    resp = await fw.chat.completions.create(
        model=settings.fireworks_model,
        messages=[
            {"role": "system", "content": render_prompt("title")},
            {"role": "user", "content": truncate(text, 4000)},
        ],
        max_tokens=24,
    )
    return (resp.choices[0].message.content or "").strip().strip('"')


@inngest_client.create_function(
    fn_id="summarize-document",
    trigger=[
        inngest.TriggerEvent(event=DOCUMENT_UPLOADED),
        inngest.TriggerEvent(event=DOCUMENT_SUMMARIZE),
    ],
    retries=3,
    concurrency=[inngest.Concurrency(limit=10)],
)
async def summarize_document(ctx: inngest.Context, step: inngest.Step) -> dict:
    doc_id = ctx.event.data["document_id"]

    def load() -> dict:
        rec = db.documents.get(doc_id)
        if rec is None:
            raise inngest.NonRetriableError(f"document {doc_id} not found")
        return rec.data

    doc = await step.run("load-document", load)
    chunks = chunk_text(doc["body"][: settings.max_document_chars])

    partials: list[str] = []
    for i, chunk in enumerate(chunks):
        partials.append(await step.run(f"summarize-chunk-{i}", _summarize_chunk, chunk, 6))

    if len(partials) > 1:
        async def combine() -> str:
            return await multi_model_service.generate_response(
                prompt="\n\n".join(partials),
                task_type="summary_combine",
                complexity=TaskComplexity.AGENTIC,
                system=render_prompt("summary", max_bullets=8),
            )

        summary = await step.run("combine-summaries", combine)
    else:
        summary = partials[0]

    title = doc.get("title") or await step.run("propose-title", _propose_title, summary)

    def save() -> str:
        rec = db.summaries.create(document_id=doc_id, text=summary, title=title)
        db.documents.update(doc_id, status="ready", summary_id=rec.id)
        return rec.id

    summary_id = await step.run("save-summary", save)

    await step.send_event(
        "request-embedding",
        inngest.Event(name=DOCUMENT_EMBED, data={"document_id": doc_id, "summary_id": summary_id}),
    )
    logger.info("summarized %s into %d chunks", doc_id, len(chunks))
    return {"summary_id": summary_id, "chunks": len(chunks)}


@inngest_client.create_function(
    fn_id="resummarize-stale",
    trigger=inngest.TriggerCron(cron="0 3 * * *"),
)
async def resummarize_stale(ctx: inngest.Context, step: inngest.Step) -> dict:
    """Nightly: re-queue documents that failed, after a short cool-down."""

    def find_failed() -> list[str]:
        return [r.id for r in db.documents.list(status="failed")]

    failed = await step.run("find-failed", find_failed)
    await step.sleep("cool-down", datetime.timedelta(minutes=5))
    for doc_id in failed:
        await step.invoke(
            f"resummarize-{doc_id}",
            function=summarize_document,
            data={"document_id": doc_id},
        )
    return {"requeued": len(failed)}
