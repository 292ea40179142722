"""Usage tracking for model calls (cost attribution per team/feature).

Records are appended to a local JSONL spool and shipped by ``kestrel.telemetry``.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator, Optional

from kestrel.config import get_settings

log = logging.getLogger(__name__)


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
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, spool: Optional[Path] = None) -> None:
        self._spool = spool

    @property
    def spool(self) -> Path:
        if self._spool is None:
            self._spool = get_settings().cache_dir / "usage.jsonl"
        return self._spool

    def _write(self, record: UsageLog) -> None:
        try:
            self.spool.parent.mkdir(parents=True, exist_ok=True)
            with self.spool.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(record)) + "\n")
        except OSError:
            log.warning("could not write usage record %s", record.id, exc_info=True)

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = type(exc).__name__
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            self._write(usage_log)


llm_tracker = LLMUsageTracker()
