"""Usage tracking for LLM calls (feeds the FinOps cost dashboard)."""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Optional

import redis

from assistant.config import get_settings

log = logging.getLogger(__name__)

USAGE_STREAM = "otto:llm_usage"


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
    slack_team: Optional[str] = None
    slack_user: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, redis_url: Optional[str] = None) -> None:
        self._redis_url = redis_url
        self._redis: Optional[redis.Redis] = None

    @property
    def redis(self) -> redis.Redis:
        if self._redis is None:
            self._redis = redis.Redis.from_url(self._redis_url or get_settings().redis_url)
        return self._redis

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        slack_user: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(
            provider=provider, model=model, feature_context=feature_context, slack_user=slack_user
        )
        started = time.monotonic()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.monotonic() - started) * 1000)
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        try:
            self.redis.xadd(USAGE_STREAM, {"data": json.dumps(asdict(usage))}, maxlen=100_000)
        except redis.RedisError:
            log.warning("could not record llm usage %s", usage.request_id, exc_info=True)


llm_tracker = LLMUsageTracker()
