"""Records token usage per LLM request into Redis streams (picked up by the FinOps exporter)."""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Optional

import redis.asyncio as aioredis

from shared.config import get_settings

log = logging.getLogger(__name__)

USAGE_STREAM = "llm:usage"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    user_id: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, redis_url: Optional[str] = None):
        self._redis = aioredis.from_url(redis_url or get_settings().redis_url, decode_responses=True)

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        user_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, user_id=user_id)
        started = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.monotonic() - started) * 1000)
            try:
                await self._redis.xadd(USAGE_STREAM, {"data": json.dumps(asdict(usage_log))}, maxlen=500_000)
            except Exception:
                log.exception("failed to record llm usage for %s", usage_log.request_id)


llm_tracker = LLMUsageTracker()
