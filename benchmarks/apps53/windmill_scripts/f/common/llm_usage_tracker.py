"""Usage tracking for LLM calls made from Windmill scripts.

Writes one row per call into ``analytics.llm_usage_logs`` so the FinOps
dashboard can attribute spend to a script path and a job id.
"""
import contextlib
import datetime as dt
import os
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

import psycopg
import wmill

from f.common import resources


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    script_path: str = field(default_factory=lambda: os.environ.get("WM_JOB_PATH", "unknown"))
    job_id: str = field(default_factory=lambda: os.environ.get("WM_JOB_ID", ""))
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    latency_ms: int = 0
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class LLMUsageTracker:
    def __init__(self, db_resource_path: str = "f/ops/analytics_db"):
        self._db_resource_path = db_resource_path

    def _conninfo(self) -> str:
        db = resources.load("postgresql", self._db_resource_path)
        return (
            f"host={db['host']} port={db['port']} dbname={db['dbname']} "
            f"user={db['user']} password={db['password']} sslmode={db.get('sslmode', 'require')}"
        )

    async def _persist(self, log: UsageLog) -> None:
        async with await psycopg.AsyncConnection.connect(self._conninfo()) as conn:
            await conn.execute(
                """
                INSERT INTO analytics.llm_usage_logs
                    (provider, model, feature_context, script_path, job_id,
                     input_tokens, output_tokens, success, error, latency_ms, created_at)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                """,
                (log.provider, log.model, log.feature_context, log.script_path, log.job_id,
                 log.input_tokens, log.output_tokens, log.success, log.error,
                 log.latency_ms, log.created_at),
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - we re-raise
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.monotonic() - started) * 1000)
            try:
                await self._persist(log)
            except Exception as exc:  # tracking must never break the job
                print(f"[llm_tracker] failed to persist usage: {exc}")


llm_tracker = LLMUsageTracker()


def summarize_logs(logs: list[UsageLog]) -> dict:
    """Aggregate in-memory logs (used by flows that batch several calls)."""
    out: dict = {"calls": len(logs), "failed": 0, "input_tokens": 0, "output_tokens": 0,
                 "by_model": {}}
    for log in logs:
        out["input_tokens"] += log.input_tokens
        out["output_tokens"] += log.output_tokens
        if not log.success:
            out["failed"] += 1
        m = out["by_model"].setdefault(log.model, {"calls": 0, "tokens": 0})
        m["calls"] += 1
        m["tokens"] += log.input_tokens + log.output_tokens
    return out
