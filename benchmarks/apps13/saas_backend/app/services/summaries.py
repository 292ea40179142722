"""Document summaries.

Short documents are summarised in one request; long ones go through a
map-reduce pass (summarise chunks in parallel, then summarise the summaries).
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from functools import partial

from pydantic import BaseModel, Field

from app.core.config import settings
from app.services.ai_clients import get_async_azure_openai
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils import chunk_text, count_tokens

logger = logging.getLogger(__name__)

SUMMARY_SYSTEM_PROMPT = (
    "You summarise internal business documents for busy colleagues. "
    "Write plain prose, no headings, at most {max_words} words. "
    "Keep names, figures and dates exactly as written."
)

MAP_PROMPT = "Summarise this excerpt in 3-5 sentences. Keep concrete facts.\n\n{chunk}"

REDUCE_PROMPT = (
    "Below are summaries of consecutive parts of one document titled "
    "\"{title}\". Merge them into a single summary.\n\n{parts}"
)


class KeyPoints(BaseModel):
    points: list[str] = Field(description="3 to 7 short, self-contained bullet points")
    action_items: list[str] = Field(default_factory=list)


class SummaryService:
    def __init__(self, max_words: int = 180) -> None:
        self._client = get_async_azure_openai()
        self._max_words = max_words
        self._complete = partial(
            self._client.chat.completions.create,
            model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
            temperature=0.2,
            max_tokens=700,
        )
        self._semaphore = asyncio.Semaphore(4)

    async def summarize(self, title: str, body: str) -> str:
        if count_tokens(body) <= settings.SUMMARY_MAX_INPUT_TOKENS:
            return await self._summarize_single(title, body)
        return await self._summarize_map_reduce(title, body)

    async def _summarize_single(self, title: str, body: str) -> str:
        resp = await self._complete(
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM_PROMPT.format(max_words=self._max_words)},
                {"role": "user", "content": f"# {title}\n\n{body}"},
            ]
        )
        return (resp.choices[0].message.content or "").strip()

    async def _summarize_map_reduce(self, title: str, body: str) -> str:
        chunks = chunk_text(body, max_tokens=3000, overlap=200)
        logger.info("map-reduce summary: %d chunks for %r", len(chunks), title)

        async def summarize_chunk(chunk: str) -> str:
            async with self._semaphore:
                resp = await self._client.chat.completions.create(
                    model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
                    messages=[{"role": "user", "content": MAP_PROMPT.format(chunk=chunk)}],
                    temperature=0.1,
                    max_tokens=300,
                )
            return resp.choices[0].message.content or ""

        partials = await asyncio.gather(*(summarize_chunk(c) for c in chunks))
        parts = "\n\n".join(f"Part {i + 1}: {p}" for i, p in enumerate(partials))
        return await self._summarize_single(title, REDUCE_PROMPT.format(title=title, parts=parts))

    async def key_points(self, title: str, body: str) -> KeyPoints:
        completion = await self._client.chat.completions.parse(
            model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
            messages=[
                {"role": "system", "content": "Extract the key points and any action items."},
                {"role": "user", "content": f"# {title}\n\n{body[:40_000]}"},
            ],
            response_format=KeyPoints,
        )
        parsed = completion.choices[0].message.parsed
        return parsed or KeyPoints(points=[])

    async def suggest_title(self, body: str, tenant_id: uuid.UUID | None = None) -> str:
        title = await multi_model_service.generate_response(
            prompt=f"Suggest a short title (max 8 words) for this document:\n\n{body[:4000]}",
            task_type="document_title",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=tenant_id,
            max_tokens=30,
        )
        return title.strip().strip('"')


_service: SummaryService | None = None


def get_summary_service() -> SummaryService:
    global _service
    if _service is None:
        _service = SummaryService()
    return _service
