"""Usage tracking for LLM calls (cost dashboard, per-matter billing).

Usage rows are buffered in memory and flushed to the firm's FinOps endpoint
(or to a local JSONL file when offline).
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

from counseldesk.config import get_settings
from counseldesk.services.token_budget import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    matter_id: str | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None, flush_every: int = 20) -> None:
        self._sink = sink or (get_settings().data_dir / "llm_usage.jsonl")
        self._buffer: list[UsageLog] = []
        self._flush_every = flush_every
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        matter_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, matter_id=matter_id)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            await self._record(usage_log)

    async def _record(self, usage_log: UsageLog) -> None:
        async with self._lock:
            self._buffer.append(usage_log)
            if len(self._buffer) >= self._flush_every:
                await self._flush_locked()

    async def flush(self) -> None:
        async with self._lock:
            await self._flush_locked()

    async def _flush_locked(self) -> None:
        if not self._buffer:
            return
        rows, self._buffer = self._buffer, []
        lines = "".join(json.dumps(asdict(r)) + "\n" for r in rows)
        await asyncio.to_thread(self._append, lines)
        log.info("flushed %d usage rows", len(rows))

    def _append(self, text: str) -> None:
        self._sink.parent.mkdir(parents=True, exist_ok=True)
        with self._sink.open("a", encoding="utf-8") as fh:
            fh.write(text)

    def session_totals(self) -> dict[str, float]:
        return {
            "input_tokens": sum(r.input_tokens for r in self._buffer),
            "output_tokens": sum(r.output_tokens for r in self._buffer),
            "cost_usd": round(sum(r.cost_usd for r in self._buffer), 4),
        }


llm_tracker = LLMUsageTracker()
