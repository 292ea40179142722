"""Usage tracker: writes one row per LLM call to the finops sink."""
import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field

log = logging.getLogger("opsbot.usage")

SINK = os.environ.get("OPSBOT_USAGE_SINK", os.path.expanduser("~/.opsbot/usage.jsonl"))


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    error: str = ""


class LLMUsageTracker:
    def __init__(self, sink=SINK):
        self.sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="cli"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started_at) * 1000)
            self._write(usage_log)

    def _write(self, usage_log):
        try:
            os.makedirs(os.path.dirname(self.sink), exist_ok=True)
            with open(self.sink, "a") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.sink)


llm_tracker = LLMUsageTracker()
