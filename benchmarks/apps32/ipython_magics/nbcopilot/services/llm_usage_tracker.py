"""Usage tracking shared with the platform's FinOps dashboard.

Writes one JSON line per LLM call to the usage log; the nightly job ships
these to ``migration.llm_usage_logs``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..cost import estimate_cost

log = logging.getLogger(__name__)

USAGE_LOG = Path(os.environ.get("NBCOPILOT_USAGE_LOG", "~/.nbcopilot/usage.jsonl")).expanduser()


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_LOG):
        self.path = path
        self.session_totals: dict[str, int] = {"input_tokens": 0, "output_tokens": 0}

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "notebook"):
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
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        self.session_totals["input_tokens"] += usage_log.input_tokens
        self.session_totals["output_tokens"] += usage_log.output_tokens
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.path)


llm_tracker = LLMUsageTracker()
