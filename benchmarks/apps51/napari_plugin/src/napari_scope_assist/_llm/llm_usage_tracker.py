"""Usage tracker. Every model call should be recorded here (see README)."""
from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

logger = logging.getLogger(__name__)

_LOG_PATH = Path(user_data_dir("napari-scope-assist")) / "llm_usage.jsonl"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration_s: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, path: Path = _LOG_PATH):
        self.path = path
        self._session_totals: dict[str, int] = {}

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_s = time.time() - usage_log.started
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        key = f"{usage_log.provider}:{usage_log.model}"
        self._session_totals[key] = (
            self._session_totals.get(key, 0) + usage_log.input_tokens + usage_log.output_tokens
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            logger.warning("could not write usage log to %s", self.path)

    def session_totals(self) -> dict[str, int]:
        return dict(self._session_totals)


llm_tracker = LLMUsageTracker()
