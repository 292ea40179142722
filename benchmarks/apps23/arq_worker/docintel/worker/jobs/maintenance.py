"""Cron jobs: model catalogue refresh, re-embedding, usage digest, cleanup."""
from __future__ import annotations

import asyncio
import io
import json
from datetime import datetime, timedelta, timezone

import structlog

from docintel.providers import get_sync_openai
from docintel.services.llm_usage_tracker import calculate_cost
from docintel.services.notifications import ReportGenerator
from docintel.worker.context import openai_client, repo_of, settings_of

log = structlog.get_logger(__name__)


async def refresh_model_catalog(ctx: dict) -> int:
    """Keeps `provider_models` in sync so the admin UI only offers models that exist."""
    rows: list[tuple[str, str]] = []
    page = await ctx["openai"].models.list()
    rows.extend(("openai", m.id) for m in page.data)
    async for model in ctx["anthropic"].models.list(limit=100):
        rows.append(("anthropic", model.id))
    db = ctx["db"]
    async with db.acquire() as conn, conn.transaction():
        await conn.execute("DELETE FROM provider_models WHERE source = 'api'")
        await conn.executemany(
            "INSERT INTO provider_models (provider, model_id, source) VALUES ($1, $2, 'api')", rows
        )
    return len(rows)


async def reembed_stale_documents(ctx: dict) -> int:
    """Re-queues ingestion for documents embedded with an older model."""
    settings = settings_of(ctx)
    doc_ids = await repo_of(ctx).stale_chunk_documents(settings.voyage_embed_model, limit=500)
    for doc_id in doc_ids:
        await ctx["redis"].enqueue_job("ingest_document", doc_id, _job_id=f"reembed:{doc_id}")
    log.info("reembed_enqueued", count=len(doc_ids))
    return len(doc_ids)


async def nightly_usage_digest(ctx: dict) -> str:
    since = datetime.now(timezone.utc) - timedelta(days=7)
    rows = await repo_of(ctx).usage_since(since)
    for row in rows:
        if row["cost_usd"] is None:
            row["cost_usd"] = calculate_cost(row["model"], row["input_tokens"], row["output_tokens"])
    text, blocks = ReportGenerator().generate(rows)

    # A two-sentence narrative on top of the numbers; finance asked for it.
    client = get_sync_openai()
    completion = await asyncio.to_thread(
        client.chat.completions.create,
        model=settings_of(ctx).openai_chat_model,
        messages=[
            {"role": "system", "content": "You write two-sentence cost commentary for finance."},
            {"role": "user", "content": text},
        ],
        max_tokens=120,
    )
    narrative = completion.choices[0].message.content or ""
    await ctx["slack"].post(f"{text}\n\n_{narrative}_", blocks=blocks)
    return text


async def export_training_file(ctx: dict, since_days: int = 30) -> str:
    """Uploads reviewed extractions as a JSONL file for the fine-tuning experiments."""
    since = datetime.now(timezone.utc) - timedelta(days=since_days)
    rows = await ctx["db"].fetch(
        "SELECT d.text, f.fields FROM extracted_fields f JOIN documents d ON d.id = f.document_id "
        "WHERE f.reviewed AND f.updated_at >= $1",
        since,
    )
    buf = io.BytesIO()
    for r in rows:
        record = {
            "messages": [
                {"role": "user", "content": r["text"][:20_000]},
                {"role": "assistant", "content": r["fields"]},
            ]
        }
        buf.write((json.dumps(record) + "\n").encode())
    uploaded = await openai_client(ctx).files.create(
        file=("extractions.jsonl", buf.getvalue()), purpose="fine-tune"
    )
    return uploaded.id


async def purge_failed_jobs(ctx: dict) -> int:
    result = await ctx["db"].execute(
        "DELETE FROM documents WHERE status = 'failed' AND updated_at < now() - interval '30 days'"
    )
    return int(result.split()[-1])
