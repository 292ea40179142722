"""Channel summaries (/summarize and the digest fallback).

Long channels are split into chunks, each chunk summarised, then the partials merged.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import List, Optional

from bot.ai import prompts
from bot.ai.clients import get_anthropic
from bot.config import settings

log = logging.getLogger(__name__)

# Haiku handles ~200k, but summaries of huge chunks get vague; keep chunks small.
CHUNK_TOKENS = 12_000


@dataclass
class Summary:
    text: str
    chunks: int
    input_tokens: int
    output_tokens: int
    request_id: Optional[str] = None


class Summarizer:
    def __init__(self, model: Optional[str] = None, long_model: Optional[str] = None) -> None:
        self._anthropic = get_anthropic()
        self.model = model or settings.models.summary
        self.long_model = long_model or settings.models.summary_long

    async def _measure(self, transcript: str) -> int:
        result = await self._anthropic.messages.count_tokens(
            model=self.model,
            system=prompts.SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        return result.input_tokens

    async def _summarize_chunk(self, transcript: str, model: str) -> tuple:
        msg = await self._anthropic.messages.create(
            model=model,
            max_tokens=600,
            system=prompts.SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return text, msg.usage.input_tokens, msg.usage.output_tokens

    async def summarize(self, transcript: str, *, detailed: bool = False) -> Summary:
        if not transcript.strip():
            return Summary("Nothing to summarise.", 0, 0, 0)
        model = self.long_model if detailed else self.model

        total = await self._measure(transcript)
        if total <= CHUNK_TOKENS:
            text, tin, tout = await self._summarize_chunk(transcript, model)
            return Summary(text, 1, tin, tout)

        parts = _split_lines(transcript, n_parts=-(-total // CHUNK_TOKENS))
        log.info("summarising %d tokens in %d chunks", total, len(parts))
        results = await asyncio.gather(*(self._summarize_chunk(p, self.model) for p in parts))

        joined = "\n\n---\n\n".join(r[0] for r in results)
        raw = await self._anthropic.messages.with_raw_response.create(
            model=model,
            max_tokens=800,
            system=prompts.SUMMARY_MERGE,
            messages=[{"role": "user", "content": joined}],
        )
        merged = raw.parse()
        return Summary(
            text="".join(b.text for b in merged.content if b.type == "text"),
            chunks=len(parts),
            input_tokens=sum(r[1] for r in results) + merged.usage.input_tokens,
            output_tokens=sum(r[2] for r in results) + merged.usage.output_tokens,
            request_id=raw.headers.get("request-id"),
        )


def _split_lines(text: str, n_parts: int) -> List[str]:
    lines = text.splitlines()
    size = max(1, -(-len(lines) // max(1, n_parts)))
    return ["\n".join(lines[i : i + size]) for i in range(0, len(lines), size)]
