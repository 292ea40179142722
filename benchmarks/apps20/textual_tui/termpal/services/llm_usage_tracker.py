"""Usage tracking for model calls.

Every request that costs money should go through ``multi_model_service`` or be
wrapped in ``llm_tracker.track_llm_call``.  Logs go to a local JSONL file so the
usage screen can show spend per provider.
"""

from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from termpal.config import DATA_DIR, PRICING

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        price_in, price_out = PRICING.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or DATA_DIR / "usage.jsonl"
        self._session_total = 0.0

    @property
    def session_total(self) -> float:
        return self._session_total

    @asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        self._session_total += usage_log.cost_usd
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.path)

    def read_all(self) -> list[UsageLog]:
        if not self.path.exists():
            return []
        return [UsageLog(**json.loads(line)) for line in self.path.read_text().splitlines() if line]


llm_tracker = LLMUsageTracker()
