"""Page summarisation. The summariser keeps a client on the instance, injected by main.py."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from openai import AsyncOpenAI

from product_crawler.llm.prompts import SUMMARY_SYSTEM, build_summary_prompt

logger = logging.getLogger(__name__)


@dataclass
class PageSummarizer:
    client: AsyncOpenAI
    model: str = "gpt-4o-mini"
    max_tokens: int = 220

    async def summarize(self, title: str, body: str) -> str:
        response = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": build_summary_prompt(title, body)},
            ],
            max_tokens=self.max_tokens,
            temperature=0.2,
        )
        text = response.choices[0].message.content or ""
        logger.debug("summary tokens=%s", response.usage.total_tokens if response.usage else None)
        return text.strip()

    async def summarize_streaming(self, title: str, body: str) -> str:
        """Used by the debug CLI so you can watch the summary arrive."""
        chunks: list[str] = []
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": build_summary_prompt(title, body)},
            ],
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                chunks.append(chunk.choices[0].delta.content)
                print(chunk.choices[0].delta.content, end="", flush=True)
        print()
        return "".join(chunks).strip()


class FallbackSummarizer:
    """Naive first-sentences summary when LLMs are disabled."""

    def __init__(self, sentences: int = 2) -> None:
        self.sentences = sentences

    async def summarize(self, title: str, body: str) -> str:
        parts = [p.strip() for p in body.replace("\n", " ").split(". ") if p.strip()]
        return ". ".join(parts[: self.sentences])[:500] or title
