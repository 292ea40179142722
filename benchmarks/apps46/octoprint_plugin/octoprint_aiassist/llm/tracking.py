# coding=utf-8
"""Usage tracking for LLM calls.

Mirrors the tracker we use on the hosted AIAssist service so the numbers shown
in the plugin's "Usage" tab line up with the invoices. Every call made through
``multi_model_service`` is tracked automatically; older code paths wrap their
call in ``llm_tracker.track_llm_call`` by hand.
"""
from __future__ import absolute_import, unicode_literals

import contextlib
import logging
import threading
import time

_logger = logging.getLogger("octoprint.plugins.aiassist.tracking")

# USD per 1M tokens, (input, output). Kept rough on purpose.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-2.5-flash": (0.30, 2.50),
}


class UsageLog(object):
    def __init__(self, provider, model, feature_context):
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.input_tokens = 0
        self.output_tokens = 0
        self.started = time.time()
        self.duration = None
        self.error = None

    @property
    def cost(self):
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)

    def as_dict(self):
        return {
            "provider": self.provider,
            "model": self.model,
            "feature": self.feature_context,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "duration": self.duration,
            "cost": self.cost,
            "error": self.error,
        }


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1000000.0


class LLMUsageTracker(object):
    def __init__(self, max_entries=500):
        self._entries = []
        self._max = max_entries
        self._lock = threading.Lock()
        self._sink = None

    def set_sink(self, sink):
        """``sink`` is called with every finished UsageLog dict (the plugin persists them)."""
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        usage_log = UsageLog(provider, model, feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = str(exc)
            raise
        finally:
            usage_log.duration = time.time() - usage_log.started
            self._record(usage_log)

    def _record(self, usage_log):
        entry = usage_log.as_dict()
        with self._lock:
            self._entries.append(entry)
            if len(self._entries) > self._max:
                self._entries = self._entries[-self._max:]
        if self._sink is not None:
            try:
                self._sink(entry)
            except Exception:
                _logger.exception("Usage sink failed")

    def summary(self):
        with self._lock:
            entries = list(self._entries)
        total = sum(e["cost"] for e in entries)
        return {"calls": len(entries), "cost": round(total, 4), "recent": entries[-20:]}


llm_tracker = LLMUsageTracker()
