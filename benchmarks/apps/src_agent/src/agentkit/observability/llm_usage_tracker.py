from __future__ import annotations

import contextlib
import logging

log = logging.getLogger("agentkit.usage")


class UsageLog:
    def __init__(self, feature: str) -> None:
        self.feature = feature
        self.input_tokens = 0
        self.output_tokens = 0


class Tracker:
    @contextlib.contextmanager
    def track_llm_call(self, feature: str, **tags):
        usage = UsageLog(feature)
        yield usage
        log.info("llm usage %s in=%d out=%d %s", feature, usage.input_tokens, usage.output_tokens, tags)


llm_tracker = Tracker()
