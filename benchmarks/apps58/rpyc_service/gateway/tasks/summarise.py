"""Map-reduce summarisation.

Chunks go to the cheap model (Gemini Flash), the reduce step goes to Claude.
The ``genai_client`` is injected by the service so tests can swap it.
"""
from __future__ import annotations

import logging
import textwrap
from concurrent.futures import ThreadPoolExecutor

from google.genai import types

from gateway.clients import get_anthropic_client
from gateway.tracking.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

CHUNK_CHARS = 12_000
MAP_PROMPT = "Summarise the following section in at most {words} words. Keep names and numbers.\n\n{chunk}"
REDUCE_PROMPT = textwrap.dedent(
    """\
    You are given partial summaries of one document, in order.
    Write a single coherent summary of about {words} words{style}.

    {parts}
    """
)


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    paragraphs = text.split("\n\n")
    chunks, current = [], ""
    for p in paragraphs:
        if len(current) + len(p) > size and current:
            chunks.append(current)
            current = ""
        current += p + "\n\n"
    if current.strip():
        chunks.append(current)
    return chunks


class Summariser:
    def __init__(self, genai_client, map_model: str = "gemini-2.0-flash",
                 reduce_model: str = "claude-3-5-sonnet-20241022", max_workers: int = 4) -> None:
        self.genai_client = genai_client
        self.map_model = map_model
        self.reduce_model = reduce_model
        self.max_workers = max_workers

    def _summarise_chunk(self, chunk: str, words: int) -> str:
        resp = self.genai_client.models.generate_content(
            model=self.map_model,
            contents=MAP_PROMPT.format(words=words, chunk=chunk),
            config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=words * 3),
        )
        return resp.text or ""

    def _reduce(self, parts: list[str], words: int, style: str | None) -> str:
        prompt = REDUCE_PROMPT.format(
            words=words,
            style=f", in a {style} style" if style else "",
            parts="\n\n---\n\n".join(parts),
        )
        msg = get_anthropic_client().messages.create(
            model=self.reduce_model,
            max_tokens=words * 3,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text

    def summarise(self, text: str, words: int = 200, style: str | None = None) -> str:
        chunks = chunk_text(text)
        if len(chunks) == 1:
            return self._summarise_chunk(chunks[0], words)
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            partials = list(pool.map(lambda c: self._summarise_chunk(c, max(words // 2, 60)), chunks))
        log.debug("reducing %d partial summaries", len(partials))
        return self._reduce(partials, words, style)

    async def summarise_tracked(self, text: str, words: int = 200, caller: str | None = None) -> str:
        """Single-shot variant used by the async bridge; goes through the tracker."""
        client = get_anthropic_client()
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.reduce_model, feature_context="summarise", caller=caller
        ) as usage_log:
            msg = client.messages.create(
                model=self.reduce_model,
                max_tokens=words * 3,
                messages=[{"role": "user", "content": MAP_PROMPT.format(words=words, chunk=text)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text
