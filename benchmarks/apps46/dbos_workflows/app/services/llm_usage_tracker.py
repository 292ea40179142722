"""Records LLM usage rows in the `llm_usage_logs` table."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import insert

from app.db.models import llm_usage_logs
from app.db.session import engine
from app.llm.tokens import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    latency_ms: int = 0
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class LLMUsageTracker:
    def __init__(self, eng=None):
        self._engine = eng or engine

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, workflow_id: str | None = None):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.perf_counter() - started) * 1000)
            self._persist(usage, workflow_id)

    def _persist(self, usage: UsageLog, workflow_id: str | None) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    insert(llm_usage_logs).values(
                        id=usage.id,
                        provider=usage.provider,
                        model=usage.model,
                        feature_context=usage.feature_context,
                        input_tokens=usage.input_tokens,
                        output_tokens=usage.output_tokens,
                        cost_usd=estimate_cost(usage.model, usage.input_tokens, usage.output_tokens),
                        success=usage.success,
                        error=usage.error,
                        latency_ms=usage.latency_ms,
                        workflow_id=workflow_id,
                        created_at=usage.created_at,
                    )
                )
        except Exception:  # never break the caller because of bookkeeping
            log.exception("failed to persist llm usage row %s", usage.id)


llm_tracker = LLMUsageTracker()


def usage_report(days: int = 7, eng=None) -> list[dict]:
    """Aggregate cost per provider/model/feature for the admin endpoint."""
    from datetime import timedelta

    from sqlalchemy import func, select

    since = datetime.now(timezone.utc) - timedelta(days=days)
    q = (
        select(
            llm_usage_logs.c.provider,
            llm_usage_logs.c.model,
            llm_usage_logs.c.feature_context,
            func.count().label("calls"),
            func.sum(llm_usage_logs.c.input_tokens).label("input_tokens"),
            func.sum(llm_usage_logs.c.output_tokens).label("output_tokens"),
            func.sum(llm_usage_logs.c.cost_usd).label("cost_usd"),
            func.avg(llm_usage_logs.c.latency_ms).label("avg_latency_ms"),
        )
        .where(llm_usage_logs.c.created_at >= since)
        .group_by(llm_usage_logs.c.provider, llm_usage_logs.c.model, llm_usage_logs.c.feature_context)
        .order_by(func.sum(llm_usage_logs.c.cost_usd).desc())
    )
    with (eng or engine).connect() as conn:
        return [
            {
                **dict(r),
                "cost_usd": round(float(r["cost_usd"] or 0), 4),
                "avg_latency_ms": int(r["avg_latency_ms"] or 0),
            }
            for r in conn.execute(q).mappings()
        ]


def record_manual(provider: str, model: str, feature_context: str, input_tokens: int, output_tokens: int) -> None:
    """For batch jobs whose usage is only known after the fact (e.g. OpenAI Batch API results)."""
    usage = UsageLog(
        provider=provider,
        model=model,
        feature_context=feature_context,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
    )
    llm_tracker._persist(usage, workflow_id=None)
