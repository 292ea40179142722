"""Usage tracker: every LLM call should end up as a row in llm_usage_logs.

The Luigi pipeline writes the rows as JSON lines next to the run outputs; the
finance dashboard picks them up nightly.
"""
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import threading
import time

from enrichment.config import data_path
from enrichment.cost import calculate_cost

log = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = dataclasses.field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str = ""

    def as_row(self):
        row = dataclasses.asdict(self)
        row["cost_usd"] = calculate_cost(self.model, self.input_tokens, self.output_tokens)
        row["started_at"] = dt.datetime.fromtimestamp(self.started_at, dt.timezone.utc).isoformat()
        return row


class LLMUsageTracker:
    def __init__(self, path=None):
        self._path = path
        self._lock = threading.Lock()

    @property
    def path(self):
        return self._path or data_path("usage", f"llm_usage_{dt.date.today():%Y%m%d}.jsonl")

    def _write(self, log_entry):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with self._lock, open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(log_entry.as_row()) + "\n")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.duration_ms = int((time.time() - entry.started_at) * 1000)
            try:
                self._write(entry)
            except OSError:
                log.exception("could not persist usage row")


llm_tracker = LLMUsageTracker()
