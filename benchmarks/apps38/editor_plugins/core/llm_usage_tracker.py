"""Usage tracker, same contract as the backend team's ``llm_usage_tracker``.

Anything that talks to a model outside :mod:`core.multi_model_service` should
be wrapped in ``llm_tracker.track_llm_call(...)`` and fill in the token counts.
Records are appended to a JSONL file and shipped by ``scripts/usage_report.py``.
"""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import Optional

from .costs import completion_cost

DEFAULT_LOG = os.path.join(os.path.expanduser("~"), ".cache", "ai-companion", "usage.jsonl")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, path: str = DEFAULT_LOG):
        self.path = path
        self._lock = threading.Lock()

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - t0) * 1000)
            usage_log.cost_usd = completion_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with self._lock, open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(usage_log)) + "\n")


llm_tracker = LLMUsageTracker()
