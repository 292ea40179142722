"""Claude-on-Vertex summarisation."""

from __future__ import annotations

import logging

from anthropic import AnthropicVertex

from llm_batch.clients import get_anthropic_vertex
from llm_batch.config import load_settings
from llm_batch.prompts import SUMMARISE, SUMMARY_SYSTEM
from llm_batch.retry import with_retries

log = logging.getLogger(__name__)


class ConversationSummarizer:
    """Holds the client for the lifetime of a component run."""

    def __init__(self, client: AnthropicVertex | None = None, model: str | None = None, max_tokens: int = 600):
        self.client = client or get_anthropic_vertex()
        self.model = model or load_settings().claude_model
        self.max_tokens = max_tokens

    def summarise(self, conversation: str) -> str:
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": SUMMARISE.render(conversation=conversation)}],
        )
        return "".join(block.text for block in message.content if block.type == "text")

    def summarise_streaming(self, conversation: str) -> str:
        # long transcripts hit the 10 min non-streaming limit
        with self.client.messages.stream(
            model=self.model,
            max_tokens=4096,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": SUMMARISE.render(conversation=conversation)}],
        ) as stream:
            return stream.get_final_text()

    def summarise_with_retries(self, conversation: str) -> str:
        message = with_retries(
            self.client.messages.create,
            model=self.model,
            max_tokens=self.max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": SUMMARISE.render(conversation=conversation)}],
        )
        return message.content[0].text


def summarise_batch(conversations: list[str]) -> list[str]:
    summarizer = ConversationSummarizer()
    out = []
    for i, conv in enumerate(conversations):
        if len(conv) > 60_000:
            out.append(summarizer.summarise_streaming(conv))
        else:
            out.append(summarizer.summarise(conv))
        if i and i % 100 == 0:
            log.info("summarised %d/%d", i, len(conversations))
    return out
