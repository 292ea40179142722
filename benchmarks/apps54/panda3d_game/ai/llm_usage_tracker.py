"""Usage tracking for LLM calls (tokens, latency, feature).

Writes one JSON line per call to the user data dir; the playtest dashboard
aggregates those files.
"""
import json
import logging
import os
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import Optional

log = logging.getLogger("hollowmere.llm_usage")

USAGE_DIR = os.environ.get("HM_USAGE_DIR", os.path.expanduser("~/.hollowmere/usage"))


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, directory: str = USAGE_DIR):
        self.directory = directory
        self._lock = threading.Lock()

    def _write(self, entry: UsageLog) -> None:
        os.makedirs(self.directory, exist_ok=True)
        path = os.path.join(self.directory, time.strftime("%Y-%m-%d") + ".jsonl")
        with self._lock, open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(entry)) + "\n")

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - start) * 1000
            try:
                self._write(usage_log)
            except OSError:
                log.warning("could not write usage log %s", usage_log.call_id)


llm_tracker = LLMUsageTracker()
