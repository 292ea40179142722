"""FinOps usage tracking for model calls.

Every model call should either go through ``multi_model_service`` or be wrapped in
``llm_tracker.track_llm_call(...)``. Rows end up in ``desk.llm_usage_logs`` and on the
FinOps dashboard.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import time
import uuid
from typing import AsyncIterator

import sqlalchemy as sa

from deskassist.services.costs import estimate_cost_usd

log = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    user: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, dsn: str | None = None):
        self._engine = sa.create_engine(dsn) if dsn else None
        self._buffer: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, user: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, user=user)
        start = time.perf_counter()
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001 - we re-raise
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - start) * 1000
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        self._buffer.append(usage)
        if self._engine is None:
            log.info("llm usage %s", dataclasses.asdict(usage))
            return
        with self._engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO desk.llm_usage_logs (request_id, ts, provider, model, feature, "
                    "input_tokens, output_tokens, cost_usd, latency_ms, success, error, username) "
                    "VALUES (:rid, :ts, :p, :m, :f, :i, :o, :c, :l, :s, :e, :u)"
                ),
                dict(
                    rid=usage.request_id,
                    ts=dt.datetime.now(dt.timezone.utc),
                    p=usage.provider,
                    m=usage.model,
                    f=usage.feature_context,
                    i=usage.input_tokens,
                    o=usage.output_tokens,
                    c=usage.cost_usd,
                    l=usage.latency_ms,
                    s=usage.success,
                    e=usage.error,
                    u=usage.user,
                ),
            )

    def recent(self, n: int = 50) -> list[UsageLog]:
        return list(self._buffer[-n:])

    def summary_by_feature(self) -> dict[str, dict[str, float]]:
        """Aggregate of the in-process buffer (the dashboard reads the table instead)."""
        out: dict[str, dict[str, float]] = {}
        for u in self._buffer:
            agg = out.setdefault(
                u.feature_context, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
            )
            agg["calls"] += 1
            agg["input_tokens"] += u.input_tokens
            agg["output_tokens"] += u.output_tokens
            agg["cost_usd"] += u.cost_usd
        return out

    def flush(self) -> int:
        n = len(self._buffer)
        self._buffer.clear()
        return n


llm_tracker = LLMUsageTracker()
