"""Usage tracker: records tokens / cost of LLM calls to the FinOps table.

Wrap legacy direct SDK calls::

    async with llm_tracker.track_llm_call(provider="anthropic", model=m,
                                          feature_context="ticket_summary") as usage_log:
        resp = client.messages.create(...)
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Updated by hand from vendor pricing pages.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    run_pathspec: str | None = None

    def calculate_cost(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, sink_path: str | None = None):
        self.sink_path = sink_path or os.environ.get("LLM_USAGE_SINK", "/tmp/llm_usage.jsonl")

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, run_pathspec: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider, model, feature_context, run_pathspec=run_pathspec)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        record = asdict(usage_log) | {"cost_usd": usage_log.calculate_cost()}
        try:
            with open(self.sink_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
        except OSError:
            log.exception("could not write usage log")


llm_tracker = LLMUsageTracker()
