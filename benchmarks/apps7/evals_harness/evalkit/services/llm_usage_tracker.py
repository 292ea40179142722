"""Usage tracking for LLM calls made by evalkit itself (judges, summaries, CI triage).

Rows go to the shared `llm_usage_logs` table via the platform's ingestion endpoint;
when that's not configured (local runs) they are appended to a JSONL file.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator, Optional

import litellm
import requests

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: Optional[float] = None
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    created_at: float = field(default_factory=time.time)


class LLMUsageTracker:
    def __init__(self) -> None:
        self.ingest_url = os.environ.get("LLM_USAGE_INGEST_URL")
        self.local_path = Path(os.environ.get("LLM_USAGE_LOG", ".evalkit_cache/llm_usage.jsonl"))

    def _cost(self, log: UsageLog) -> Optional[float]:
        try:
            prompt_cost, completion_cost = litellm.cost_per_token(
                model=log.model, prompt_tokens=log.input_tokens, completion_tokens=log.output_tokens
            )
            return prompt_cost + completion_cost
        except Exception:  # noqa: BLE001
            return None

    def _write(self, log: UsageLog) -> None:
        row = asdict(log)
        if self.ingest_url:
            try:
                requests.post(self.ingest_url, json=row, timeout=5)
                return
            except requests.RequestException as exc:
                logger.warning("usage ingest failed, writing locally: %s", exc)
        self.local_path.parent.mkdir(parents=True, exist_ok=True)
        with self.local_path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - started) * 1000)
            log.cost_usd = self._cost(log)
            await asyncio.to_thread(self._write, log)


llm_tracker = LLMUsageTracker()
