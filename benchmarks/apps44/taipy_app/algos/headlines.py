"""Headline + teaser generation for the newsletter export (async, batched)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from anthropic import AsyncAnthropic

from config.settings import settings
from llm.prompts import SUMMARY_SYSTEM


@dataclass
class Headline:
    doc_id: str
    title: str
    teaser: str


class HeadlineGenerator:
    """Not an LLM client itself; ``generate`` is our own method."""

    def __init__(self, concurrency: int = 5) -> None:
        self._client = AsyncAnthropic(api_key=settings.anthropic_api_key)
        self._sem = asyncio.Semaphore(concurrency)

    async def _one(self, doc: dict) -> Headline:
        async with self._sem:
            msg = await self._client.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=200,
                system=SUMMARY_SYSTEM,
                messages=[{
                    "role": "user",
                    "content": "Write a headline (line 1) and a one-sentence teaser (line 2) for:\n"
                    + doc["summary"],
                }],
            )
        title, _, teaser = msg.content[0].text.partition("\n")
        return Headline(doc["id"], title.strip(), teaser.strip())

    async def generate(self, docs: list[dict]) -> list[Headline]:
        return await asyncio.gather(*(self._one(d) for d in docs))


def headlines_for(summaries: list[dict]) -> list[Headline]:
    gen = HeadlineGenerator()
    return asyncio.run(gen.generate(summaries))
