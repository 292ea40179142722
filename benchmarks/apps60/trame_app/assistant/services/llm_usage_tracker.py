"""Usage tracking for LLM calls (cost dashboard at /finops/llm-costs)."""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

from assistant.llm.tokens import completion_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return completion_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None):
        self._sink = sink or Path("./logs/llm_usage.jsonl")
        self._totals: dict[str, float] = {}

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - start) * 1000
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        self._totals[usage_log.feature_context] = (
            self._totals.get(usage_log.feature_context, 0.0) + usage_log.cost_usd
        )
        try:
            self._sink.parent.mkdir(parents=True, exist_ok=True)
            with self._sink.open("a") as fh:
                fh.write(json.dumps({**asdict(usage_log), "cost_usd": usage_log.cost_usd}) + "\n")
        except OSError:
            log.exception("could not persist usage log")

    def session_cost(self) -> float:
        return round(sum(self._totals.values()), 4)


llm_tracker = LLMUsageTracker()
