"""Weekly workspace digest ("what happened in your workspace this week").

Starter/growth tenants go through the Azure Batch API (50% cheaper, results
within 24h, picked up by ``poll_digest_batches``). Enterprise tenants get the
digest synchronously from Claude, with usage attributed to the tenant.
"""
import asyncio
import functools
import io
import json
import logging
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from app.core.config import settings
from app.core.db import engine
from app.models import Document, Tenant, TenantPlan
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

BATCH_SET_KEY = "digest:open_batches"

DIGEST_SYSTEM = (
    "You write a short weekly digest for a team workspace: what was added, "
    "recurring topics, anything that looks urgent. Max 150 words. Language: {language}."
)


def _digest_input(session: Session, tenant: Tenant, since: datetime) -> str | None:
    docs = session.exec(
        select(Document)
        .where(Document.tenant_id == tenant.id, Document.created_at >= since)
        .order_by(col(Document.created_at).desc())
        .limit(50)
    ).all()
    if not docs:
        return None
    return "\n".join(f"- {d.title}: {(d.summary or d.body[:300]).strip()}" for d in docs)


def _batch_line(tenant: Tenant, digest_input: str) -> str:
    return json.dumps(
        {
            "custom_id": f"digest-{tenant.id}",
            "method": "POST",
            "url": "/chat/completions",
            "body": {
                "model": settings.AZURE_OPENAI_BATCH_DEPLOYMENT,
                "messages": [
                    {"role": "system", "content": DIGEST_SYSTEM.format(language=tenant.language)},
                    {"role": "user", "content": digest_input},
                ],
                "max_tokens": 400,
            },
        }
    )


async def _submit_batch(ctx: dict, lines: list[str]) -> str:
    azure = ctx["azure"]
    upload = await azure.files.create(
        file=("digest.jsonl", io.BytesIO("\n".join(lines).encode()), "application/jsonl"),
        purpose="batch",
    )
    batch = await azure.batches.create(
        input_file_id=upload.id,
        endpoint="/chat/completions",
        completion_window="24h",
        metadata={"job": "weekly_digest"},
    )
    await ctx["redis"].sadd(BATCH_SET_KEY, batch.id)
    logger.info("submitted digest batch %s with %d requests", batch.id, len(lines))
    return batch.id


async def _enterprise_digest(ctx: dict, tenant: Tenant, digest_input: str) -> str:
    model_id = settings.BEDROCK_SONNET_MODEL_ID
    async with llm_tracker.track_llm_call(
        provider="bedrock",
        model=model_id,
        feature_context="weekly_digest",
        tenant_id=str(tenant.id),
    ) as usage_log:
        resp = await asyncio.to_thread(
            ctx["bedrock"].converse,
            modelId=model_id,
            system=[{"text": DIGEST_SYSTEM.format(language=tenant.language)}],
            messages=[{"role": "user", "content": [{"text": digest_input}]}],
            inferenceConfig={"maxTokens": 400, "temperature": 0.3},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    return resp["output"]["message"]["content"][0]["text"]


async def send_weekly_digests(ctx: dict) -> dict:
    since = datetime.utcnow() - timedelta(days=7)
    batch_lines: list[str] = []
    direct = 0
    # Fallback when the batch deployment is unavailable: one Haiku call per tenant.
    converse = functools.partial(
        ctx["bedrock"].converse,
        modelId=settings.BEDROCK_HAIKU_MODEL_ID,
        inferenceConfig={"maxTokens": 400, "temperature": 0.3},
    )
    with Session(engine) as session:
        for tenant in session.exec(select(Tenant)).all():
            if not tenant.ai_enabled("weekly_digest"):
                continue
            digest_input = _digest_input(session, tenant, since)
            if digest_input is None:
                continue
            if tenant.plan == TenantPlan.enterprise:
                text = await _enterprise_digest(ctx, tenant, digest_input)
            elif settings.DIGEST_USE_BATCH_API:
                batch_lines.append(_batch_line(tenant, digest_input))
                continue
            else:
                system = [{"text": DIGEST_SYSTEM.format(language=tenant.language)}]
                messages = [{"role": "user", "content": [{"text": digest_input}]}]
                resp = await asyncio.to_thread(converse, system=system, messages=messages)
                text = resp["output"]["message"]["content"][0]["text"]
            await ctx["redis"].enqueue_job("send_digest_email", str(tenant.id), text)
            direct += 1
    batch_id = await _submit_batch(ctx, batch_lines) if batch_lines else None
    return {"direct": direct, "batched": len(batch_lines), "batch_id": batch_id}


async def poll_digest_batches(ctx: dict) -> int:
    azure = ctx["azure"]
    finished = 0
    for raw_id in await ctx["redis"].smembers(BATCH_SET_KEY):
        batch_id = raw_id.decode() if isinstance(raw_id, bytes) else raw_id
        batch = await azure.batches.retrieve(batch_id)
        if batch.status in ("validating", "in_progress", "finalizing"):
            continue
        if batch.status == "completed" and batch.output_file_id:
            content = await azure.files.content(batch.output_file_id)
            for line in content.text.splitlines():
                row = json.loads(line)
                tenant_id = row["custom_id"].removeprefix("digest-")
                body = row["response"]["body"]
                text = body["choices"][0]["message"]["content"]
                await ctx["redis"].enqueue_job("send_digest_email", tenant_id, text)
        else:
            logger.error("digest batch %s ended with status %s", batch_id, batch.status)
        await ctx["redis"].srem(BATCH_SET_KEY, batch_id)
        finished += 1
    return finished
