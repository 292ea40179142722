"""Usage tracking for LLM calls made by the plug-ins.

Every call should either go through ``multi_model_service.generate_response``
or be wrapped in ``llm_tracker.track_llm_call``.  Records are appended to a
JSONL file in the GIMP profile so the Settings dialog can show spend.
"""
import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field

from .pricing import estimate_cost
from .settings import get_settings, profile_dir

log = logging.getLogger("ai_common.tracker")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    images: int = 0
    started: float = field(default_factory=time.time)
    duration: float = 0.0
    success: bool = True
    error: str = ""

    @property
    def cost_usd(self):
        return estimate_cost(self.model, self.input_tokens, self.output_tokens, self.images)


class LLMUsageTracker:
    def __init__(self, path=None):
        self._path = path

    @property
    def path(self):
        return self._path or os.path.join(profile_dir(), "ai-plugins", "usage.jsonl")

    def _write(self, record):
        if not get_settings().track_usage:
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        row = asdict(record)
        row["cost_usd"] = record.cost_usd
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = str(exc)[:500]
            raise
        finally:
            usage.duration = time.time() - usage.started
            try:
                self._write(usage)
            except OSError as exc:
                log.warning("could not record usage: %s", exc)

    def read_all(self):
        if not os.path.exists(self.path):
            return []
        with open(self.path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    def total_cost(self):
        return sum(r.get("cost_usd", 0.0) for r in self.read_all())


llm_tracker = LLMUsageTracker()
