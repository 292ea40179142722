"""Usage tracking for LLM calls (cost dashboard reads the Firestore rows).

Preferred path is multi_model_service.generate_response(); code that still
talks to an SDK directly should wrap the call:

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="seo_meta") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

from google.cloud import firestore

from common.config import get_settings
from common.cost import completion_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    function_name: str = field(default_factory=lambda: os.environ.get("K_SERVICE", "local"))
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0


class LLMUsageTracker:
    def __init__(self) -> None:
        self._db: firestore.AsyncClient | None = None

    def _client(self) -> firestore.AsyncClient:
        if self._db is None:
            self._db = firestore.AsyncClient(project=get_settings().project_id)
        return self._db

    @contextlib.asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.perf_counter() - started) * 1000)
            usage_log.cost_usd = completion_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        if get_settings().dry_run:
            log.info("usage (dry run): %s", usage_log)
            return
        try:
            doc = self._client().collection(get_settings().usage_collection).document(usage_log.request_id)
            await doc.set({**asdict(usage_log), "created_at": firestore.SERVER_TIMESTAMP})
        except Exception:  # never fail the function because of bookkeeping
            log.exception("could not persist usage log %s", usage_log.request_id)


llm_tracker = LLMUsageTracker()
