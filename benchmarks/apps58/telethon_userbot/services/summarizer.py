"""Map-reduce summariser for long chat excerpts.

The Anthropic client is injected (``Summarizer(client.anthropic)``) so tests
can pass a fake.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from core import prompts
from utils.text import chunk_by_chars

log = logging.getLogger(__name__)

CHUNK_CHARS = 18_000
MAX_PARALLEL = 3


class Summarizer:
    def __init__(self, llm: Any, model: str, max_tokens: int = 900) -> None:
        self.llm = llm
        self.model = model
        self.max_tokens = max_tokens
        self._sem = asyncio.Semaphore(MAX_PARALLEL)

    async def _summarize_chunk(self, lines: list[str], lang: str) -> str:
        async with self._sem:
            resp = await self.llm.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=prompts.SUMMARY.format(lang=lang),
                messages=[{"role": "user", "content": "\n".join(lines)}],
            )
        return "".join(b.text for b in resp.content if b.type == "text")

    async def _merge(self, partials: list[str], lang: str) -> str:
        joined = "\n\n---\n\n".join(partials)
        resp = await self.llm.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=prompts.SUMMARY_MERGE + f" Write in {lang}.",
            messages=[{"role": "user", "content": joined}],
        )
        return "".join(b.text for b in resp.content if b.type == "text")

    async def summarize(self, lines: list[str], lang: str = "English") -> str:
        chunks = chunk_by_chars(lines, CHUNK_CHARS)
        log.info("summarising %d lines in %d chunks", len(lines), len(chunks))
        if len(chunks) == 1:
            return await self._summarize_chunk(chunks[0], lang)
        partials = await asyncio.gather(*(self._summarize_chunk(c, lang) for c in chunks))
        return await self._merge(list(partials), lang)
