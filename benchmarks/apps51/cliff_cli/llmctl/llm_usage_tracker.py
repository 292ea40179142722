"""Records token usage for every LLM call into the local usage ledger.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="prompt_run") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

LOG = logging.getLogger(__name__)

LEDGER_PATH = os.path.expanduser("~/.local/share/llmctl/usage.jsonl")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, ledger_path: str = LEDGER_PATH, enabled: bool = True):
        self.ledger_path = ledger_path
        self.enabled = enabled

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - re-raised
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.perf_counter() - start) * 1000.0
            self._write(log)

    def _write(self, log: UsageLog) -> None:
        if not self.enabled:
            return
        os.makedirs(os.path.dirname(self.ledger_path), exist_ok=True)
        with open(self.ledger_path, "a") as fh:
            fh.write(json.dumps(asdict(log)) + "\n")

    def read_all(self) -> list[UsageLog]:
        if not os.path.exists(self.ledger_path):
            return []
        with open(self.ledger_path) as fh:
            return [UsageLog(**json.loads(line)) for line in fh if line.strip()]


llm_tracker = LLMUsageTracker()
