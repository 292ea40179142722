"""Records every model call in ``llm_usage_logs`` for the FinOps dashboard."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from ..ai.costs import completion_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    user_id: Optional[int] = None
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    latency_ms: int = 0
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self):
        self._session_factory = None

    def init_app(self, app, session_factory):
        self._session_factory = session_factory
        app.extensions["llm_tracker"] = self

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, user_id=None):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, user_id=user_id)
        started = time.monotonic()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.monotonic() - started) * 1000)
            self._persist(usage)

    def _persist(self, usage):
        from ..models import LLMUsageLog

        if self._session_factory is None:
            log.warning("llm tracker not initialised; dropping usage log %s", usage)
            return
        session = self._session_factory()
        try:
            session.add(
                LLMUsageLog(
                    provider=usage.provider,
                    model=usage.model,
                    feature_context=usage.feature_context,
                    user_id=usage.user_id,
                    input_tokens=usage.input_tokens,
                    output_tokens=usage.output_tokens,
                    cost_usd=completion_cost(usage.model, usage.input_tokens, usage.output_tokens),
                    success=usage.success,
                    error=usage.error,
                    latency_ms=usage.latency_ms,
                )
            )
            session.commit()
        except Exception:
            session.rollback()
            log.exception("failed to persist llm usage")


llm_tracker = LLMUsageTracker()
