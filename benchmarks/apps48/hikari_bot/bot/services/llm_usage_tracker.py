"""Usage tracking for LLM calls.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="ask") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

from bot.llm.tokens import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    guild_id: int | None = None
    user_id: int | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, path: str | Path = "data/llm_usage.jsonl") -> None:
        self._path = Path(path)
        self._buffer: list[UsageLog] = []
        self._lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        *,
        provider: str,
        model: str,
        feature_context: str,
        guild_id: int | None = None,
        user_id: int | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider, model, feature_context, guild_id, user_id)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - t0) * 1000
            async with self._lock:
                self._buffer.append(usage_log)
            if len(self._buffer) >= 50:
                await self.flush()

    async def flush(self) -> None:
        async with self._lock:
            if not self._buffer:
                return
            rows, self._buffer = self._buffer, []
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with self._path.open("a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(asdict(row)) + "\n")
        log.info("flushed %d usage rows", len(rows))

    def totals_by_feature(self) -> dict[str, float]:
        out: dict[str, float] = {}
        if not self._path.exists():
            return out
        for line in self._path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            cost = estimate_cost(row["model"], row["input_tokens"], row["output_tokens"])
            out[row["feature_context"]] = out.get(row["feature_context"], 0.0) + cost
        return out


llm_tracker = LLMUsageTracker()
