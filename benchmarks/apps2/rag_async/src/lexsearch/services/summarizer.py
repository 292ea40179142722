"""Map-reduce summarisation of long filings."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from mistralai import Mistral

from lexsearch.container import container
from lexsearch.services.multi_model_service import TaskComplexity, multi_model_service
from lexsearch.settings import settings
from lexsearch.text import chunk_text

logger = logging.getLogger(__name__)

MAP_PROMPT = (
    "Summarise this excerpt of a court filing in at most 120 words. Keep party names, "
    "dates, amounts, statutes and case citations exactly as written."
)
REDUCE_PROMPT = (
    "Combine these partial summaries of one filing into a single summary with the headings "
    "Parties, Procedural Posture, Claims, Relief Sought, Key Authorities."
)


@dataclass
class FilingSummary:
    doc_id: str
    summary: str
    executive_summary: str
    chunks: int


class DocumentSummarizer:
    def __init__(self, concurrency: int = 6) -> None:
        self._semaphore = asyncio.Semaphore(concurrency)
        self._mistral = Mistral(api_key=settings.keys.mistral)
        self._map_model = settings.models.summary_model
        self._reduce_model = settings.models.reduce_model

    async def _summarise_chunk(self, chunk: str) -> str:
        async with self._semaphore:
            response = await container.together.chat.completions.create(
                model=self._map_model,
                messages=[
                    {"role": "system", "content": MAP_PROMPT},
                    {"role": "user", "content": chunk},
                ],
                max_tokens=220,
                temperature=0.1,
            )
        return response.choices[0].message.content or ""

    async def _reduce(self, partials: list[str]) -> str:
        joined = "\n\n---\n\n".join(partials)
        response = await self._mistral.chat.complete_async(
            model=self._reduce_model,
            messages=[
                {"role": "system", "content": REDUCE_PROMPT},
                {"role": "user", "content": joined},
            ],
            max_tokens=900,
        )
        return str(response.choices[0].message.content or "")

    async def summarise(self, doc_id: str, text: str, tenant_id: str) -> FilingSummary:
        chunks = chunk_text(text, max_chars=6000, overlap=0)
        partials = await asyncio.gather(*(self._summarise_chunk(c) for c in chunks))
        summary = await self._reduce([p for p in partials if p])
        executive = await multi_model_service.generate_response(
            prompt=f"Write a two-sentence executive summary for a partner:\n\n{summary}",
            task_type="filing_executive_summary",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=tenant_id,
        )
        logger.info("summarised %s in %d chunks", doc_id, len(chunks))
        return FilingSummary(
            doc_id=doc_id, summary=summary, executive_summary=executive, chunks=len(chunks)
        )
