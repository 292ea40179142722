"""Usage tracker: records tokens/cost per LLM call into the usage log sink."""
from __future__ import annotations

import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field

from utils.cost import estimate_cost

log = logging.getLogger("llm_usage")


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
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "unknown"):
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
            self._logs.append(usage_log)
            log.info(
                "llm_call provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
                provider, model, feature_context,
                usage_log.input_tokens, usage_log.output_tokens, usage_log.cost_usd,
            )

    def recent(self, n: int = 50) -> list[UsageLog]:
        return self._logs[-n:]


llm_tracker = LLMUsageTracker()


class JsonlUsageSink:
    """Appends finished usage logs to a JSONL file; the finops job ingests these hourly."""

    def __init__(self, path: str = "data/llm_usage.jsonl") -> None:
        self.path = path

    def write(self, logs: list[UsageLog]) -> int:
        import json
        import os

        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            for entry in logs:
                row = dict(vars(entry))
                row["cost_usd"] = entry.cost_usd
                fh.write(json.dumps(row) + "\n")
        return len(logs)


def summarize(logs: list[UsageLog]) -> dict:
    by_feature: dict[str, dict] = {}
    for entry in logs:
        agg = by_feature.setdefault(
            entry.feature_context, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0, "errors": 0}
        )
        agg["calls"] += 1
        agg["input_tokens"] += entry.input_tokens
        agg["output_tokens"] += entry.output_tokens
        agg["cost_usd"] += entry.cost_usd
        agg["errors"] += 0 if entry.success else 1
    return by_feature
