"""Map-reduce summarization for very long documents (> 100 pages).

Async on purpose: the map step fans out over chunks. Called from the
/documents/{id}/summary?mode=long route and scripts/regen_summaries.py.
"""
from __future__ import annotations

import asyncio
import logging

from docflow.models import Document, Summary
from docflow.prompts import render_prompt
from docflow.providers import get_async_anthropic
from docflow.tokens import chunk_by_tokens

log = logging.getLogger(__name__)

MAP_MODEL = "claude-3-5-haiku-latest"
REDUCE_MODEL = "claude-3-5-sonnet-latest"
CONCURRENCY = 8


async def _map_chunk(sem: asyncio.Semaphore, index: int, total: int, chunk: str) -> tuple[str, int, int]:
    client = get_async_anthropic()
    async with sem:
        msg = await client.messages.create(
            model=MAP_MODEL,
            max_tokens=800,
            messages=[{"role": "user", "content": render_prompt("map_chunk", index=index, total=total, chunk=chunk)}],
        )
    return msg.content[0].text, msg.usage.input_tokens, msg.usage.output_tokens


async def summarize_long(document: Document, max_words: int = 400, chunk_tokens: int = 12_000) -> Summary:
    chunks = chunk_by_tokens(document.text, chunk_tokens)
    log.info("map-reduce summary of %s over %d chunks", document.id, len(chunks))
    sem = asyncio.Semaphore(CONCURRENCY)
    mapped = await asyncio.gather(*(_map_chunk(sem, i, len(chunks), c) for i, c in enumerate(chunks)))
    notes = [m[0] for m in mapped]
    in_tokens = sum(m[1] for m in mapped)
    out_tokens = sum(m[2] for m in mapped)

    reduce_prompt = render_prompt("reduce", notes=notes, max_words=max_words)
    final = await get_async_anthropic().messages.create(
        model=REDUCE_MODEL,
        max_tokens=max_words * 2,
        messages=[{"role": "user", "content": reduce_prompt}],
    )
    return Summary(
        text=final.content[0].text,
        plugin="map_reduce",
        model=REDUCE_MODEL,
        input_tokens=in_tokens + final.usage.input_tokens,
        output_tokens=out_tokens + final.usage.output_tokens,
    )
