# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Usage tracking for LLM requests (writes ai.usage.log)."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass

from trytond.pool import Pool
from trytond.transaction import Transaction

from .tokens import estimate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    error: str = None


class LLMUsageTracker:

    def __init__(self):
        self.enabled = True

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context=None):
        usage_log = UsageLog(provider, model, feature_context)
        start = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            self._store(usage_log, time.monotonic() - start)

    def _store(self, usage_log, duration):
        if not self.enabled:
            return
        try:
            UsageLogModel = Pool().get('ai.usage.log')
            with Transaction().set_context(_check_access=False):
                UsageLogModel.record(
                    provider=usage_log.provider,
                    model=usage_log.model,
                    feature=usage_log.feature_context,
                    input_tokens=usage_log.input_tokens,
                    output_tokens=usage_log.output_tokens,
                    cost=estimate_cost(usage_log.model,
                        usage_log.input_tokens, usage_log.output_tokens),
                    duration=duration,
                    error=usage_log.error,
                    )
        except Exception:
            logger.exception("could not store usage log")


llm_tracker = LLMUsageTracker()
