"""Usage tracker for LLM calls.

Writes one row per call into the ``llm_usage_logs`` table of the bot's
sqlite database so the finops dashboard can attribute cost per skill.
"""
import contextlib
import dataclasses
import logging
import time
import uuid

from .tokens import estimate_cost

_LOGGER = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = dataclasses.field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str = ""

    @property
    def cost_usd(self):
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self._sink = None

    def bind(self, sink):
        """``sink`` is an object with an async ``record(UsageLog)`` method."""
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.duration_ms = int((time.time() - log.started_at) * 1000)
            if self._sink is not None:
                try:
                    await self._sink.record(log)
                except Exception:  # noqa: BLE001
                    _LOGGER.exception("failed to record LLM usage")
            _LOGGER.debug(
                "llm call %s %s/%s in=%s out=%s",
                feature_context, provider, model, log.input_tokens, log.output_tokens,
            )


llm_tracker = LLMUsageTracker()
