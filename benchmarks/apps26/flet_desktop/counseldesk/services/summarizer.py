"""Matter summaries (Anthropic). The client is injected by the app shell."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from counseldesk.utils.prompts import SUMMARY_SYSTEM, render_summary_prompt

if TYPE_CHECKING:
    from anthropic import Anthropic

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 150_000


@dataclass
class Summary:
    headline: str
    body: str
    input_tokens: int
    output_tokens: int


class MatterSummarizer:
    def __init__(self, client: "Anthropic", model: str = "claude-sonnet-4-5") -> None:
        self._client = client
        self.model = model

    def preflight(self, documents: Iterable[str]) -> int:
        """Exact token count before we send a huge bundle (count_tokens bills nothing)."""
        result = self._client.messages.count_tokens(
            model=self.model,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": "\n\n".join(documents)}],
        )
        return result.input_tokens

    def summarize(self, matter_name: str, documents: list[str], audience: str = "partner") -> Summary:
        prompt = render_summary_prompt(matter_name, documents, audience)
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=2000,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        headline, _, body = text.partition("\n")
        return Summary(headline.strip("# "), body.strip(), msg.usage.input_tokens, msg.usage.output_tokens)

    def stream_summary(self, matter_name: str, documents: list[str], on_delta: Callable[[str], None]) -> Summary:
        """Streams into the UI; on_delta is called from the worker thread."""
        prompt = render_summary_prompt(matter_name, documents, "partner")
        with self._client.messages.stream(
            model=self.model,
            max_tokens=2000,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for delta in stream.text_stream:
                on_delta(delta)
            final = stream.get_final_message()
        text = "".join(b.text for b in final.content if b.type == "text")
        headline, _, body = text.partition("\n")
        return Summary(headline.strip("# "), body.strip(), final.usage.input_tokens, final.usage.output_tokens)
