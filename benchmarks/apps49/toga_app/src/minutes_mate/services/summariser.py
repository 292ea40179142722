"""Meeting summaries with Claude.

The summariser is created once in ``app.startup`` with the app's Anthropic
client and kept on ``app.summariser``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from minutes_mate.utils.prompts import SUMMARY_SYSTEM, summary_prompt, ACTION_ITEMS_PROMPT
from minutes_mate.utils.text import chunk_text

log = logging.getLogger(__name__)


@dataclass
class Summary:
    overview: str
    decisions: list[str] = field(default_factory=list)
    action_items: list[str] = field(default_factory=list)
    model: str = ""


class Summariser:
    def __init__(self, client, model: str = "claude-3-5-sonnet-20241022", max_tokens: int = 1500):
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    def summarise(self, transcript: str, title: str = "", attendees: list[str] | None = None) -> Summary:
        chunks = chunk_text(transcript, max_chars=60_000)
        if len(chunks) == 1:
            text = self._summarise_chunk(chunks[0], title, attendees)
        else:
            partials = [self._summarise_chunk(c, title, attendees) for c in chunks]
            text = self._merge(partials)
        return self._parse(text)

    def _summarise_chunk(self, chunk: str, title: str, attendees) -> str:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": summary_prompt(chunk, title, attendees)}],
        )
        return msg.content[0].text

    def _merge(self, partials: list[str]) -> str:
        joined = "\n\n---\n\n".join(partials)
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": "Merge these partial summaries of one meeting into a single summary "
                    "with the same headings:\n\n" + joined,
                }
            ],
        )
        return msg.content[0].text

    def stream_summary(self, transcript: str, on_text) -> str:
        """Stream tokens into the UI; ``on_text`` is called with each delta."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": summary_prompt(transcript, "", None)}],
        ) as stream:
            for delta in stream.text_stream:
                on_text(delta)
            final = stream.get_final_message()
        return "".join(b.text for b in final.content if b.type == "text")

    def extract_action_items(self, transcript: str) -> list[str]:
        msg = self.client.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=600,
            messages=[{"role": "user", "content": ACTION_ITEMS_PROMPT.format(transcript=transcript)}],
        )
        return [line.lstrip("-* ").strip() for line in msg.content[0].text.splitlines() if line.strip()]

    @staticmethod
    def _parse(text: str) -> Summary:
        section = "overview"
        buckets: dict[str, list[str]] = {"overview": [], "decisions": [], "action_items": []}
        for line in text.splitlines():
            low = line.strip().lower()
            if low.startswith("## decisions"):
                section = "decisions"
                continue
            if low.startswith("## action items"):
                section = "action_items"
                continue
            if low.startswith("## "):
                section = "overview"
                continue
            if line.strip():
                buckets[section].append(line.strip().lstrip("-* "))
        return Summary(
            overview=" ".join(buckets["overview"]),
            decisions=buckets["decisions"],
            action_items=buckets["action_items"],
        )
