"""LLM usage tracking.

Every model request should end up as one row in ``support.llm_usage_logs``.
Use ``multi_model_service.generate_response`` where possible; otherwise wrap
the SDK call::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="chat") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import redis.asyncio as redis
from injector import inject, singleton

from supportbot.services.pricing import estimate_cost_usd
from supportbot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    tenant_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


class UsageSink(Protocol):
    async def write(self, row: dict[str, Any]) -> None: ...


class _LogSink:
    async def write(self, row: dict[str, Any]) -> None:
        log.info("llm_usage %s", row)


@singleton
class RedisUsageSink:
    STREAM = "finops:llm_usage"

    @inject
    def __init__(self, settings: Settings) -> None:
        self._redis = redis.from_url(settings.redis_url)
        self._env = settings.environment

    async def write(self, row: dict[str, Any]) -> None:
        row = {**row, "environment": self._env}
        await self._redis.xadd(self.STREAM, {"row": json.dumps(row, default=str)}, maxlen=1_000_000)

    async def close(self) -> None:
        await self._redis.aclose()


class LLMUsageTracker:
    def __init__(self, sink: UsageSink | None = None) -> None:
        self._sink: UsageSink = sink or _LogSink()

    def set_sink(self, sink: UsageSink) -> None:
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        *,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(
            provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id
        )
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            usage_log.cost_usd = estimate_cost_usd(
                provider, model, usage_log.input_tokens, usage_log.output_tokens
            )
            try:
                await self._sink.write(asdict(usage_log))
            except Exception:  # pragma: no cover - never break the request on logging
                log.exception("failed to persist llm usage row")


llm_tracker = LLMUsageTracker()
