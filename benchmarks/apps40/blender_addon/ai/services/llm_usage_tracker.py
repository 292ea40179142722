"""Usage tracker shared with the studio pipeline tools.

Writes one JSON line per model call to the studio's usage log so production
can see which shows spend what. Vendored copy of pipeline/llm_usage_tracker.py.
"""

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass, field

USAGE_LOG = os.environ.get("STUDIO_LLM_USAGE_LOG", os.path.expanduser("~/.kilnpixel/llm_usage.jsonl"))


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration_s: float = 0.0
    error: str = ""


class LLMUsageTracker:
    def __init__(self, path=USAGE_LOG):
        self.path = path

    def _write(self, record):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(record)) + "\n")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="blender"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_s = time.time() - usage_log.started
            try:
                self._write(usage_log)
            except OSError:
                pass


llm_tracker = LLMUsageTracker()
