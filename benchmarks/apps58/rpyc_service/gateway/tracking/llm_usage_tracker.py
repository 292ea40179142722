"""Usage tracking for every model call the gateway makes.

Rows go to the ``llm_usage_logs`` table via the finops ingest queue; the
dashboard lives at /finops/llm-costs.
"""
from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    caller: str | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0


class LLMUsageTracker:
    def __init__(self, max_queue: int = 10_000) -> None:
        self._queue: "queue.Queue[UsageLog]" = queue.Queue(maxsize=max_queue)
        self._flusher: threading.Thread | None = None
        self._stop = threading.Event()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, caller: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, caller=caller)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - start) * 1000
            self.record(usage_log)

    @contextlib.contextmanager
    def track_sync(self, provider: str, model: str, feature_context: str, caller: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, caller=caller)
        start = time.perf_counter()
        try:
            yield usage_log
        finally:
            usage_log.duration_ms = (time.perf_counter() - start) * 1000
            self.record(usage_log)

    def record(self, usage_log: UsageLog) -> None:
        try:
            self._queue.put_nowait(usage_log)
        except queue.Full:
            log.warning("usage queue full, dropping %s", usage_log.request_id)

    def start(self, sink) -> None:
        def _run():
            while not self._stop.is_set():
                try:
                    item = self._queue.get(timeout=1.0)
                except queue.Empty:
                    continue
                try:
                    sink.write(json.dumps(asdict(item)) + "\n")
                except Exception:  # noqa: BLE001
                    log.exception("failed to flush usage log")

        self._flusher = threading.Thread(target=_run, name="usage-flusher", daemon=True)
        self._flusher.start()

    def stop(self) -> None:
        self._stop.set()


llm_tracker = LLMUsageTracker()
