"""Per-call LLM usage tracking.

Every model call made by catalogue jobs should end up as one JSON line in the
usage log, attributed to a feature and a tenant, so FinOps can split the bill.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Callable

from llmkit.config import get_settings

logger = logging.getLogger(__name__)


@dataclass
class LLMUsageLog:
    feature: str
    tenant_id: str
    provider: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    status: str = "ok"
    error: str | None = None
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)


class _TrackedCall:
    """Context manager usable with both ``with`` and ``async with``."""

    def __init__(self, tracker: "LLMUsageTracker", log: LLMUsageLog) -> None:
        self._tracker = tracker
        self._log = log
        self._t0 = 0.0

    def __enter__(self) -> LLMUsageLog:
        self._t0 = time.perf_counter()
        return self._log

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self._log.duration_ms = (time.perf_counter() - self._t0) * 1000
        if exc is not None:
            self._log.status = "error"
            self._log.error = f"{type(exc).__name__}: {exc}"
        self._tracker.record(self._log)
        return False

    async def __aenter__(self) -> LLMUsageLog:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        return self.__exit__(exc_type, exc, tb)


def _jsonl_sink(path: Path) -> Callable[[LLMUsageLog], None]:
    lock = threading.Lock()

    def write(log: LLMUsageLog) -> None:
        line = json.dumps(asdict(log), separators=(",", ":"))
        with lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    return write


class LLMUsageTracker:
    def __init__(self, sink: Callable[[LLMUsageLog], None] | None = None) -> None:
        self._sink = sink

    @property
    def sink(self) -> Callable[[LLMUsageLog], None]:
        if self._sink is None:
            self._sink = _jsonl_sink(Path(get_settings().usage_log_path))
        return self._sink

    def track_llm_call(
        self,
        *,
        feature: str,
        tenant_id: str,
        provider: str | None = None,
        model: str | None = None,
    ) -> _TrackedCall:
        return _TrackedCall(self, LLMUsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model))

    def record(self, log: LLMUsageLog) -> None:
        try:
            self.sink(log)
        except OSError:
            logger.exception("could not persist usage log %s", log.call_id)
        if log.input_tokens == 0 and log.status == "ok":
            logger.warning("usage log %s for %s has no token counts", log.call_id, log.feature)


llm_tracker = LLMUsageTracker()
