"""Map-reduce summariser for very long streams.

WIP (see BOTS-212): not wired into StreamSummaryHandler yet. Splits the history
into windows, summarises each with Haiku, then merges with Sonnet.
"""
from __future__ import annotations

from typing import Any, Dict, List

from botlib.clients import ClientBundle
from botlib.prompts import SUMMARY_SYSTEM, format_zulip_messages

WINDOW = 60
MAP_MODEL = "claude-3-5-haiku-20241022"


class MapReduceSummarizer:
    def __init__(self, bundle: ClientBundle) -> None:
        self.bundle = bundle
        self.client = bundle.anthropic

    def _map(self, window: List[Dict[str, Any]]) -> str:
        resp = self.client.messages.create(
            model=MAP_MODEL,
            max_tokens=300,
            system="Summarise this part of a longer conversation in 5 bullet points.",
            messages=[{"role": "user", "content": format_zulip_messages(window)}],
        )
        return resp.content[0].text

    def _reduce(self, partials: List[str]) -> str:
        joined = "\n\n".join(f"Part {i}:\n{p}" for i, p in enumerate(partials, 1))
        resp = self.client.messages.create(
            model=self.bundle.settings.anthropic_model,
            max_tokens=900,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": joined}],
        )
        return resp.content[0].text

    def summarise(self, history: List[Dict[str, Any]]) -> str:
        if len(history) <= WINDOW:
            return self._reduce([format_zulip_messages(history)])
        windows = [history[i:i + WINDOW] for i in range(0, len(history), WINDOW)]
        return self._reduce([self._map(w) for w in windows])
