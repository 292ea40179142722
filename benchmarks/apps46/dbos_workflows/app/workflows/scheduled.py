from __future__ import annotations

from datetime import datetime, timedelta

from dbos import DBOS

from app.db import transactions as tx
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.steps.notify import post_to_slack, write_digest
from app.workflows.ingest import reembed_document
from app.workflows.queues import embed_queue


@DBOS.scheduled("15 2 * * *")
@DBOS.workflow()
def nightly_reembed(scheduled_time: datetime, actual_time: datetime) -> int:
    ids = tx.stale_documents(older_than_days=30)
    for doc_id in ids:
        embed_queue.enqueue(reembed_document, doc_id)
    DBOS.logger.info("queued %d documents for re-embedding", len(ids))
    return len(ids)


@DBOS.scheduled("0 17 * * 1-5")
@DBOS.workflow()
def daily_digest(scheduled_time: datetime, actual_time: datetime) -> None:
    items = tx.reviewed_since(scheduled_time - timedelta(days=1))
    if not items:
        return
    text = write_digest(items)
    post_to_slack(text)


@DBOS.step()
async def _headline(items: list[dict]) -> str:
    return await multi_model_service.generate_response(
        prompt="One-line headline for this week's contract reviews:\n" + "\n".join(i["filename"] for i in items),
        task_type="weekly_headline",
        complexity=TaskComplexity.STANDARD,
    )


@DBOS.scheduled("0 9 * * 1")
@DBOS.workflow()
async def weekly_headline(scheduled_time: datetime, actual_time: datetime) -> None:
    items = tx.reviewed_since(scheduled_time - timedelta(days=7))
    if items:
        post_to_slack(await _headline(items), channel="#legal-ops")
