"""Usage attribution for vendor calls.

Records one row per request in the ``platform.llm_usage_logs`` table (through the
usage-sink actor, so Serve replicas never hold a DB connection).
"""
import contextlib
import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Optional

import ray

logger = logging.getLogger(__name__)

USAGE_SINK_ACTOR = "llm-usage-sink"
USAGE_NAMESPACE = "platform"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    team: Optional[str] = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None

    def _get_sink(self):
        if self._sink is None:
            try:
                self._sink = ray.get_actor(USAGE_SINK_ACTOR, namespace=USAGE_NAMESPACE)
            except ValueError:
                logger.warning("usage sink actor not running; usage will only be logged")
                return None
        return self._sink

    def _emit(self, log: UsageLog) -> None:
        sink = self._get_sink()
        if sink is None:
            logger.info("llm_usage %s", asdict(log))
            return
        sink.record.remote(asdict(log))

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        team: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, team=team)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._emit(log)


llm_tracker = LLMUsageTracker()
