"""Very small usage tracker: appends one JSON line per model call to
``usage.jsonl`` in the cache directory so people can see what their
experiments cost.
"""

import json
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field

from .settings import load_settings


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration: float = 0.0
    error: str = None


class LLMUsageTracker:
    def __init__(self, path=None):
        self._path = path

    @property
    def path(self):
        if self._path is None:
            settings = load_settings()
            settings.cache_dir.mkdir(parents=True, exist_ok=True)
            self._path = settings.cache_dir / "usage.jsonl"
        return self._path

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="inkscape"):
        usage_log = UsageLog(provider=provider, model=model,
                             feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration = time.time() - usage_log.started
            if load_settings().track_usage:
                self._write(usage_log)

    def _write(self, usage_log):
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(usage_log)) + "\n")

    def read_all(self):
        if not self.path.exists():
            return []
        with open(self.path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]


llm_tracker = LLMUsageTracker()
