# -*- coding: utf-8 -*-
"""Usage tracking for LLM calls.

Every call that goes to a provider should either go through
``multi_model_service.generate_response`` or be wrapped in
``llm_tracker.track_llm_call``. Logs are buffered and flushed into
``ai.usage.log`` by the ``ir_cron_flush_ai_usage`` scheduled action.
"""
import contextlib
import dataclasses
import logging
import threading
import time

_logger = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    res_model: str = None
    res_id: int = None
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: int = 0
    success: bool = True
    error: str = None

    def as_vals(self):
        return {
            "provider": self.provider,
            "model_name": self.model,
            "feature_context": self.feature_context,
            "res_model": self.res_model,
            "res_id": self.res_id,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "duration_ms": self.duration_ms,
            "success": self.success,
            "error_message": self.error,
        }


class LLMUsageTracker:
    def __init__(self):
        self._buffer = []
        self._lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, res_model=None, res_id=None):
        log = UsageLog(provider, model, feature_context, res_model=res_model, res_id=res_id)
        started = time.monotonic()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = str(exc)[:500]
            raise
        finally:
            log.duration_ms = int((time.monotonic() - started) * 1000)
            with self._lock:
                self._buffer.append(log)

    def drain(self):
        with self._lock:
            logs, self._buffer = self._buffer, []
        return logs

    def flush_to(self, env):
        logs = self.drain()
        if logs:
            env["ai.usage.log"].sudo().create([log.as_vals() for log in logs])
        _logger.info("Flushed %d LLM usage logs", len(logs))
        return len(logs)


llm_tracker = LLMUsageTracker()
