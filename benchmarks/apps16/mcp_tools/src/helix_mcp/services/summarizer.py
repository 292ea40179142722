"""Map-reduce summarisation on Claude.

Written for the Slack digest bot before the MCP server existed; the CLI's
``summarize`` command still uses it.
"""
import functools
import logging
from typing import List

import openai

from helix_mcp.clients import get_anthropic
from helix_mcp.config import get_settings
from helix_mcp.textutil import chunk_text

log = logging.getLogger(__name__)

STYLES = {
    "bullet": "Summarise as at most 8 terse bullet points. Keep numbers, names and dates.",
    "prose": "Summarise in one or two short paragraphs for a busy engineering manager.",
    "exec": "Summarise in three sentences: what happened, why it matters, what is next.",
}


def _text(message) -> str:
    return "".join(block.text for block in message.content if block.type == "text").strip()


class Summarizer:
    def __init__(self, model: str = None, max_tokens: int = 1024):
        settings = get_settings()
        self.model = model or settings.claude_model
        self._client = get_anthropic()
        self._complete = functools.partial(self._client.messages.create, model=self.model, max_tokens=max_tokens)

    def summarize(self, text: str, style: str = "bullet") -> str:
        chunks = chunk_text(text, max_tokens=8000, overlap=200)
        if len(chunks) == 1:
            return self._summarize_chunk(chunks[0], style)
        log.info("summarising %d chunks", len(chunks))
        partials = [self._summarize_chunk(c, "bullet") for c in chunks]
        return self._merge(partials, style)

    def _summarize_chunk(self, chunk: str, style: str) -> str:
        msg = self._complete(
            system=STYLES.get(style, STYLES["bullet"]),
            messages=[{"role": "user", "content": chunk}],
        )
        return _text(msg)

    def _merge(self, partials: List[str], style: str) -> str:
        joined = "\n\n---\n\n".join(partials)
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=2048,
            system="You merge partial summaries of one long document into a single summary. "
            + STYLES.get(style, STYLES["bullet"]),
            messages=[{"role": "user", "content": joined}],
        )
        return _text(msg)


def headline(text: str, max_words: int = 12) -> str:
    """One-line headline for a digest entry.

    Still on the module-level OpenAI client; it's cheaper than Claude for this.
    """
    resp = openai.chat.completions.create(
        model="gpt-4.1-nano",
        messages=[
            {"role": "system", "content": f"Write a headline of at most {max_words} words. No quotes."},
            {"role": "user", "content": text[:6000]},
        ],
        max_tokens=40,
    )
    return (resp.choices[0].message.content or "").strip().strip('"')
