from __future__ import annotations

import json
import logging

from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import FilterFunction

from enrichment.moderation import ModerationGate

logger = logging.getLogger(__name__)


class ModerationFilter(FilterFunction):
    """Drops chat messages the moderation endpoint flags, so they never reach the summariser."""

    def open(self, runtime_context: RuntimeContext):
        self.gate = ModerationGate()
        self.dropped = runtime_context.get_metrics_group().counter("moderation_dropped")

    def filter(self, value):
        msg = json.loads(value)
        text = msg.get("text", "")
        if len(text) < 4:
            return True
        result = self.gate.create(text)
        if result.flagged:
            self.dropped.inc()
            logger.info("dropping message %s: %s", msg.get("id"), result.categories)
            return False
        return True
