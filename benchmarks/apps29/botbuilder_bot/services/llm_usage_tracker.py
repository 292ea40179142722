"""Usage tracker: every model call should be wrapped in ``track_llm_call``."""

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, tenant_id: Optional[str] = None):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        self._sink.append(log)
        logger.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d ms=%.0f ok=%s",
            log.provider,
            log.model,
            log.feature_context,
            log.input_tokens,
            log.output_tokens,
            log.duration_ms,
            log.success,
        )

    def flush_to_file(self, path: str) -> int:
        """Append buffered logs as JSON lines (picked up by the FinOps collector)."""
        import json

        rows = self._sink
        self._sink = []
        with open(path, "a", encoding="utf-8") as fh:
            for log in rows:
                fh.write(
                    json.dumps(
                        {
                            "provider": log.provider,
                            "model": log.model,
                            "feature": log.feature_context,
                            "tenant": log.tenant_id,
                            "input_tokens": log.input_tokens,
                            "output_tokens": log.output_tokens,
                            "ms": round(log.duration_ms),
                            "ok": log.success,
                        }
                    )
                    + "\n"
                )
        return len(rows)

    def recent(self, limit: int = 50):
        return list(self._sink[-limit:])


llm_tracker = LLMUsageTracker()
