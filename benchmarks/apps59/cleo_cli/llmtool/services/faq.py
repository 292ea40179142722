"""Extract FAQ entries from support threads / pages with structured outputs."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from pydantic import BaseModel, Field

from llmtool.providers import get_async_openai_client
from llmtool.textutil import approx_tokens, split_markdown

logger = logging.getLogger(__name__)

FAQ_SYSTEM = (
    "You extract frequently asked questions from documentation or support transcripts. "
    "Only include questions that the text actually answers."
)


class FAQEntry(BaseModel):
    question: str
    answer: str
    tags: list[str] = Field(default_factory=list)


class FAQBatch(BaseModel):
    entries: list[FAQEntry]


@dataclass
class RateLimitInfo:
    remaining_requests: int | None
    remaining_tokens: int | None

    @classmethod
    def from_headers(cls, headers) -> "RateLimitInfo":
        def _int(name: str) -> int | None:
            value = headers.get(name)
            return int(value) if value and value.isdigit() else None

        return cls(_int("x-ratelimit-remaining-requests"), _int("x-ratelimit-remaining-tokens"))


class FAQExtractor:
    def __init__(self, model: str = "gpt-4o-2024-08-06", max_chunk_tokens: int = 6000) -> None:
        self.client = get_async_openai_client()
        self.model = model
        self.max_chunk_tokens = max_chunk_tokens
        self.last_rate_limit: RateLimitInfo | None = None

    async def extract(self, text: str) -> list[FAQEntry]:
        entries: list[FAQEntry] = []
        for chunk in split_markdown(text, max_chars=self.max_chunk_tokens * 4):
            logger.debug("extracting FAQ from chunk of ~%d tokens", approx_tokens(chunk))
            completion = await self.client.beta.chat.completions.parse(
                model=self.model,
                messages=[
                    {"role": "system", "content": FAQ_SYSTEM},
                    {"role": "user", "content": chunk},
                ],
                response_format=FAQBatch,
            )
            parsed = completion.choices[0].message.parsed
            if parsed is not None:
                entries.extend(parsed.entries)
        return self._dedupe(entries)

    async def classify_tags(self, question: str, allowed: list[str]) -> list[str]:
        raw = await self.client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Pick matching tags, comma separated, from: " + ", ".join(allowed)},
                {"role": "user", "content": question},
            ],
            max_tokens=30,
        )
        self.last_rate_limit = RateLimitInfo.from_headers(raw.headers)
        completion = raw.parse()
        picked = [t.strip() for t in (completion.choices[0].message.content or "").split(",")]
        return [t for t in picked if t in allowed]

    @staticmethod
    def _dedupe(entries: list[FAQEntry]) -> list[FAQEntry]:
        seen: set[str] = set()
        unique = []
        for entry in entries:
            key = " ".join(entry.question.lower().split())
            if key not in seen:
                seen.add(key)
                unique.append(entry)
        return unique
