"""Records token usage of LLM calls made from the kernel.

Usage is appended to a JSONL file next to the history database so that
``%usage`` can show what a notebook session has cost so far.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..pricing import calculate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_s: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, path: Path | None = None):
        self.path = path or Path.home() / ".local" / "share" / "llm_kernel" / "usage.jsonl"
        self.session_logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "kernel"):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)
            raise
        finally:
            usage.duration_s = time.perf_counter() - t0
            self._persist(usage)

    def _persist(self, usage: UsageLog) -> None:
        self.session_logs.append(usage)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps({**asdict(usage), "cost_usd": usage.cost_usd}) + "\n")
        except OSError:
            log.warning("could not persist usage log", exc_info=True)

    def session_total(self) -> tuple[int, int, float]:
        tin = sum(u.input_tokens for u in self.session_logs)
        tout = sum(u.output_tokens for u in self.session_logs)
        return tin, tout, sum(u.cost_usd for u in self.session_logs)


llm_tracker = LLMUsageTracker()
