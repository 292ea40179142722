"""Minimal usage tracker: records tokens per call and pushes them to the finops gateway.

Usage (legacy code that still calls an SDK directly):

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
import contextlib
import logging
import time
from dataclasses import asdict, dataclass, field

import httpx

from . import settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    duration_ms: int = 0
    success: bool = True
    error: str = ""


class LLMUsageTracker:
    def __init__(self, gateway_url=settings.LLM_GATEWAY_URL):
        self._gateway_url = gateway_url.rstrip("/")
        self._buffer = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="appdaemon"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - usage_log.started) * 1000)
            await self._record(usage_log)

    async def _record(self, usage_log):
        payload = asdict(usage_log)
        payload.pop("started", None)
        self._buffer.append(payload)
        if len(self._buffer) < 5:
            return
        batch, self._buffer = self._buffer, []
        try:
            async with httpx.AsyncClient(timeout=5) as http:
                await http.post(f"{self._gateway_url}/usage/batch", json={"items": batch})
        except httpx.HTTPError as exc:
            log.warning("could not push %d usage rows: %s", len(batch), exc)
            self._buffer.extend(batch)


llm_tracker = LLMUsageTracker()
