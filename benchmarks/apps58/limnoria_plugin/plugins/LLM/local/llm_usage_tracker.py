"""Usage tracker (port of the one used by the web dashboard).

Writes one JSON line per LLM call to ``usage.jsonl`` in the bot's data
directory; the finops job picks them up from there.
"""

import contextlib
import json
import logging
import os
import threading
import time

from . import tokens

log = logging.getLogger("supybot.plugins.LLM.usage")


class UsageLog(object):
    def __init__(self, provider, model, feature_context, channel=None):
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.channel = channel
        self.input_tokens = 0
        self.output_tokens = 0
        self.success = True
        self.error = None
        self.started = time.time()
        self.duration_ms = 0

    def as_dict(self):
        return {
            "provider": self.provider,
            "model": self.model,
            "feature": self.feature_context,
            "channel": self.channel,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": tokens.estimate_cost(self.model, self.input_tokens,
                                             self.output_tokens),
            "success": self.success,
            "error": self.error,
            "duration_ms": self.duration_ms,
            "ts": self.started,
        }


class LLMUsageTracker(object):
    def __init__(self, path=None):
        self.path = path or os.environ.get("LLM_USAGE_LOG", "usage.jsonl")
        self._lock = threading.Lock()

    def configure(self, path):
        self.path = path

    def _write(self, record):
        with self._lock:
            try:
                with open(self.path, "a") as fd:
                    fd.write(json.dumps(record) + "\n")
            except OSError:
                log.exception("could not write usage record")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context,
                             channel=None):
        usage_log = UsageLog(provider, model, feature_context, channel)
        try:
            yield usage_log
        except Exception as e:
            usage_log.success = False
            usage_log.error = repr(e)
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started) * 1000)
            self._write(usage_log.as_dict())


llm_tracker = LLMUsageTracker()
