"""LLM usage tracking.

Every model request should be recorded in ENRICHMENT.LLM_USAGE_LOGS with its
token counts so FinOps can attribute spend per flow.
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

from enrich.blocks import snowflake_connector
from enrich.settings import get_settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "success"
    error: Optional[str] = None
    latency_ms: int = 0
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class LLMUsageTracker:
    def __init__(self) -> None:
        self._connector = None

    def _conn(self):
        if self._connector is None:
            self._connector = snowflake_connector(get_settings().snowflake_block)
        return self._connector

    def _persist(self, entry: UsageLog) -> None:
        try:
            self._conn().execute(
                f"insert into {get_settings().snowflake_schema}.LLM_USAGE_LOGS "
                "(PROVIDER, MODEL, FEATURE, INPUT_TOKENS, OUTPUT_TOKENS, STATUS, ERROR, LATENCY_MS, CREATED_AT) "
                "values (%(provider)s, %(model)s, %(feature)s, %(inp)s, %(out)s, %(status)s, %(error)s, %(lat)s, %(ts)s)",
                parameters={
                    "provider": entry.provider,
                    "model": entry.model,
                    "feature": entry.feature_context,
                    "inp": entry.input_tokens,
                    "out": entry.output_tokens,
                    "status": entry.status,
                    "error": entry.error,
                    "lat": entry.latency_ms,
                    "ts": entry.created_at,
                },
            )
        except Exception:  # noqa: BLE001 - tracking must never break a flow
            log.exception("could not persist LLM usage log")

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield entry
        except Exception as exc:
            entry.status = "error"
            entry.error = repr(exc)[:1000]
            raise
        finally:
            entry.latency_ms = int((time.monotonic() - started) * 1000)
            self._persist(entry)


llm_tracker = LLMUsageTracker()
