"""Nightly / weekly batch inference jobs.

* Azure OpenAI Batch: re-classify documents that reviewers flagged as mis-labelled (50% cheaper,
  24h window is fine for this).
* Bedrock batch inference: weekly clause re-extraction for the portfolio analytics tables.
"""
from __future__ import annotations

import io
import json
import logging
import time
from datetime import datetime, timezone
from typing import Any, Dict, List

import boto3
from sqlalchemy import select, text

from app.clients.azure_openai import get_azure_openai
from app.config import get_settings
from app.db.models import Document
from app.db.session import session_scope
from app.services.clause_extraction import RECORD_CLAUSES_TOOL, SYSTEM as CLAUSE_SYSTEM
from app.utils.text import truncate
from app.worker.tasks import CLASSIFY_SYSTEM

logger = logging.getLogger(__name__)


def _jsonl(rows: List[Dict[str, Any]]) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-8")


async def _flagged_documents(limit: int = 20_000) -> List[Document]:
    async with session_scope() as session:
        stmt = (
            select(Document)
            .where(Document.ingest_status == "embedded")
            .where(text("documents.id IN (SELECT document_id FROM workspace.review_flags WHERE flag = 'kind')"))
            .limit(limit)
        )
        return list((await session.scalars(stmt)).all())


async def submit_azure_reclassification(ctx: Dict[str, Any]) -> str:
    settings = get_settings()
    docs = await _flagged_documents()
    if not docs:
        return "nothing to do"
    rows = [
        {
            "custom_id": str(d.id),
            "method": "POST",
            "url": "/chat/completions",
            "body": {
                "model": settings.azure_batch_deployment,
                "messages": [
                    {"role": "system", "content": CLASSIFY_SYSTEM},
                    {"role": "user", "content": truncate(d.text or "", 8000)},
                ],
                "max_tokens": 5,
                "temperature": 0,
            },
        }
        for d in docs
    ]
    client = get_azure_openai()
    upload = client.files.create(
        file=(f"reclassify-{datetime.now(timezone.utc):%Y%m%d}.jsonl", io.BytesIO(_jsonl(rows))),
        purpose="batch",
    )
    batch_job = client.batches.create(
        input_file_id=upload.id,
        endpoint="/chat/completions",
        completion_window="24h",
        metadata={"job": "reclassify", "count": str(len(rows))},
    )
    logger.info("submitted azure batch %s with %d requests", batch_job.id, len(rows))
    return batch_job.id


async def collect_azure_batches(ctx: Dict[str, Any]) -> int:
    client = get_azure_openai()
    updated = 0
    async with session_scope() as session:
        pending = (await session.execute(text("SELECT batch_id FROM workspace.llm_batches WHERE status = 'submitted'"))).scalars().all()
        for batch_id in pending:
            job = client.batches.retrieve(batch_id)
            if job.status not in ("completed", "failed", "expired", "cancelled"):
                continue
            if job.status == "completed" and job.output_file_id:
                content = client.files.content(job.output_file_id).text
                for line in content.splitlines():
                    row = json.loads(line)
                    label = row["response"]["body"]["choices"][0]["message"]["content"].strip().lower()
                    await session.execute(
                        text("UPDATE workspace.documents SET kind = :k WHERE id = :id"),
                        {"k": label.upper(), "id": row["custom_id"]},
                    )
                    updated += 1
            await session.execute(
                text("UPDATE workspace.llm_batches SET status = :s WHERE batch_id = :b"), {"s": job.status, "b": batch_id}
            )
    return updated


async def submit_bedrock_clause_batch(ctx: Dict[str, Any]) -> str:
    settings = get_settings()
    docs = await _flagged_documents(limit=50_000)
    records = [
        {
            "recordId": str(d.id),
            "modelInput": {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 8192,
                "system": CLAUSE_SYSTEM[0]["text"],
                "tools": [
                    {
                        "name": RECORD_CLAUSES_TOOL["toolSpec"]["name"],
                        "description": RECORD_CLAUSES_TOOL["toolSpec"]["description"],
                        "input_schema": RECORD_CLAUSES_TOOL["toolSpec"]["inputSchema"]["json"],
                    }
                ],
                "tool_choice": {"type": "tool", "name": "record_clauses"},
                "messages": [{"role": "user", "content": f"<agreement>\n{d.text}\n</agreement>"}],
            },
        }
        for d in docs
        if d.text
    ]
    if len(records) < 100:  # Bedrock batch minimum
        logger.info("only %d records, skipping bedrock batch this week", len(records))
        return "skipped"

    stamp = time.strftime("%Y%m%d-%H%M")
    key = f"clause-batch/{stamp}/input.jsonl"
    ctx["s3"].put_object(Bucket=settings.batch_bucket, Key=key, Body=_jsonl(records))

    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    job = bedrock.create_model_invocation_job(
        jobName=f"lexbridge-clauses-{stamp}",
        roleArn=settings.bedrock_batch_role_arn,
        modelId=settings.bedrock_claude_model_id,
        inputDataConfig={"s3InputDataConfig": {"s3Uri": f"s3://{settings.batch_bucket}/{key}", "s3InputFormat": "JSONL"}},
        outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{settings.batch_bucket}/clause-batch/{stamp}/output/"}},
        timeoutDurationInHours=72,
    )
    logger.info("bedrock batch job %s", job["jobArn"])
    return job["jobArn"]
