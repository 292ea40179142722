"""Periodic housekeeping (scheduled via labels, see the scheduler in workers/broker.py)."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Annotated

from taskiq import Context, TaskiqDepends

from app.services import llm_tracker
from app.services.pricing import calculate_cost, flat_cost
from workers.broker import broker
from workers.clients import get_sync_groq
from workers.deps import CohereDep, OpenAIDep, StoreDep

logger = logging.getLogger(__name__)

EXPECTED_OPENAI_MODELS = {"gpt-4o-mini", "gpt-4.1-mini", "text-embedding-3-small", "whisper-1", "tts-1"}


@broker.task(task_name="maintenance.check_models", schedule=[{"cron": "0 6 * * *"}])
async def check_models(openai: OpenAIDep, cohere: CohereDep) -> dict:
    """Alert when a model we depend on disappears from a provider's catalogue."""
    available = {m.id async for m in openai.models.list()}
    missing = sorted(EXPECTED_OPENAI_MODELS - available)
    co_models = await cohere.models.list(endpoint="rerank")
    co_names = {m.name for m in co_models.models or []}
    if missing or "rerank-v3.5" not in co_names:
        logger.error("model catalogue drift: openai missing=%s cohere rerank ok=%s", missing, "rerank-v3.5" in co_names)
    return {"openai_missing": missing, "cohere_rerank": sorted(co_names)}


@broker.task(task_name="maintenance.provider_health", schedule=[{"cron": "*/15 * * * *"}])
async def provider_health(context: Annotated[Context, TaskiqDepends()]) -> dict[str, bool]:
    """Tiny requests to each provider so on-call hears about outages before teachers do."""
    state = context.state
    results: dict[str, bool] = {}
    try:
        await state.voyage.embed(["health check"], model="voyage-3-lite", input_type="query")
        results["voyage"] = True
    except Exception:
        logger.exception("voyage health check failed")
        results["voyage"] = False
    try:
        await state.groq.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
        results["groq"] = True
    except Exception:
        logger.exception("groq health check failed")
        results["groq"] = False
    return results


@broker.task(task_name="maintenance.weekly_teacher_digest", schedule=[{"cron": "0 8 * * 1"}])
async def weekly_teacher_digest(course_id: str, store: StoreDep) -> str:
    lessons = await store.lessons_for_course(course_id)
    titles = "\n".join(f"- {lesson.title}" for lesson in lessons[:40])
    # Sync Groq client in a thread: this ran from a cron script before it was a task.
    resp = await asyncio.to_thread(
        get_sync_groq().chat.completions.create,
        model="llama-3.3-70b-versatile",
        messages=[
            {"role": "system", "content": "Write a friendly three-sentence weekly digest for a teacher."},
            {"role": "user", "content": f"Lessons updated this week:\n{titles}"},
        ],
        max_tokens=300,
    )
    return resp.choices[0].message.content or ""


@broker.task(task_name="maintenance.export_batch_requests")
async def export_batch_requests(lesson_ids: list[str], openai: OpenAIDep, store: StoreDep) -> str:
    """Prepare a Batch API input file for bulk quiz regeneration. Ops submits the batch by
    hand after reviewing the file, so this only uploads it."""
    lines = []
    for lid in lesson_ids:
        lesson = await store.get_lesson(lid)
        lines.append(
            json.dumps(
                {
                    "custom_id": lid,
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {
                        "model": "gpt-4o-mini",
                        "messages": [{"role": "user", "content": f"Write 8 quiz questions:\n{lesson.body[:20000]}"}],
                    },
                }
            )
        )
    buf = io.BytesIO("\n".join(lines).encode())
    uploaded = await openai.files.create(file=("quiz_batch.jsonl", buf), purpose="batch")
    return uploaded.id


@broker.task(task_name="maintenance.usage_report", schedule=[{"cron": "30 0 * * *"}])
async def usage_report() -> dict:
    since = datetime.now(timezone.utc) - timedelta(days=1)
    logs = [log for log in llm_tracker.recent(1000) if log.created_at >= since]
    by_feature: Counter[str] = Counter()
    total = 0.0
    for log in logs:
        cost = float(calculate_cost(log.model, log.input_tokens, log.output_tokens))
        if log.model in ("rerank-v3.5", "rerank-2"):
            cost += float(flat_cost(log.model))
        by_feature[log.feature_context] += cost
        total += cost
    report = {"total_usd": round(total, 4), "by_feature": dict(by_feature.most_common(10)), "calls": len(logs)}
    logger.info("daily llm usage: %s", report)
    return report
