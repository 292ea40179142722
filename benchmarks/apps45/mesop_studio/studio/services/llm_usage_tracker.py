"""Usage tracking for LLM calls (cost attribution per page / feature)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

from studio.pricing import estimate_cost
from studio.settings import get_settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    id: str
    provider: str
    model: str
    feature_context: str
    started_at: float
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: float = 0.0
    cost_usd: float = 0.0
    success: bool = True
    error: str | None = None
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, sink_path: str = ".studio/usage.jsonl"):
        self.sink_path = sink_path
        self._recent: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, **extra
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(
            id=uuid.uuid4().hex,
            provider=provider,
            model=model,
            feature_context=feature_context,
            started_at=time.time(),
            extra=extra,
        )
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.time() - usage_log.started_at) * 1000
            usage_log.cost_usd = estimate_cost(
                model, usage_log.input_tokens, usage_log.output_tokens
            )
            self._persist(usage_log)

    def _persist(self, usage_log: UsageLog) -> None:
        self._recent.append(usage_log)
        self._recent = self._recent[-200:]
        if not get_settings().track_usage:
            return
        os.makedirs(os.path.dirname(self.sink_path) or ".", exist_ok=True)
        with open(self.sink_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(usage_log)) + "\n")

    def recent(self, limit: int = 50) -> list[UsageLog]:
        return list(reversed(self._recent[-limit:]))

    def total_cost(self) -> float:
        return round(sum(u.cost_usd for u in self._recent), 6)


llm_tracker = LLMUsageTracker()
