"""Usage tracking for LLM calls made by the bots.

Every tracked call is appended as one JSON line to ``usage_log_path`` so the
monthly cost report (scripts/maintenance/estimate_costs.py) can pick it up.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field

from wikiai.config import get_settings

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
    success: bool = True
    error: str | None = None


class LLMUsageTracker:

    def __init__(self, path: str | None = None) -> None:
        self._path = path

    @property
    def path(self) -> str:
        return self._path or get_settings().usage_log_path

    def _write(self, entry: UsageLog) -> None:
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path, 'a', encoding='utf-8') as fh:
            fh.write(json.dumps(asdict(entry)) + '\n')

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str,
                             feature_context: str):
        usage_log = UsageLog(provider=provider, model=model,
                             feature_context=feature_context)
        start = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - start) * 1000)
            try:
                self._write(usage_log)
            except OSError:
                log.exception('could not write usage log')


llm_tracker = LLMUsageTracker()
