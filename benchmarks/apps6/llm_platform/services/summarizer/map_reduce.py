"""Map-reduce summarisation for very long documents."""
from __future__ import annotations

import asyncio
import logging
from typing import List

from llmkit.aio import gather_limited
from llmkit.clients import make_together
from llmkit.container import get_container

logger = logging.getLogger(__name__)

CHUNK_CHARS = 16_000
OVERLAP = 500

MAP_PROMPT = "Summarise this section of a longer document in 5 bullet points:\n\n{chunk}"
REDUCE_PROMPT = (
    "Combine these section summaries into one summary of at most 8 bullet points, "
    "removing repetition:\n\n{partials}"
)


def split_text(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP) -> List[str]:
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        cut = text.rfind("\n\n", start + size // 2, end)
        if cut == -1 or end == len(text):
            cut = end
        chunks.append(text[start:cut])
        start = max(cut - overlap, start + 1) if cut < len(text) else cut
    return chunks


async def _map_chunk(client, chunk: str, idx: int) -> str:
    msg = await asyncio.to_thread(
        client.messages.create,
        model="claude-3-5-haiku-latest",
        max_tokens=500,
        messages=[{"role": "user", "content": MAP_PROMPT.format(chunk=chunk)}],
    )
    logger.debug("chunk %d: %d in / %d out", idx, msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


async def _reduce(partials: List[str]) -> str:
    settings = get_container().settings
    together = make_together(settings)
    joined = "\n\n".join(f"Section {i + 1}:\n{p}" for i, p in enumerate(partials))
    loop = asyncio.get_running_loop()
    resp = await loop.run_in_executor(
        None,
        lambda: together.chat.completions.create(
            model=settings.together_model,
            messages=[{"role": "user", "content": REDUCE_PROMPT.format(partials=joined)}],
            max_tokens=900,
        ),
    )
    return resp.choices[0].message.content or ""


async def map_reduce_summarize(text: str) -> str:
    container = get_container().warm(["anthropic"])
    client = container.clients["anthropic"]
    chunks = split_text(text)
    logger.info("map-reduce over %d chunks", len(chunks))
    partials = await gather_limited((_map_chunk(client, c, i) for i, c in enumerate(chunks)), limit=4)
    return await _reduce(partials)


def map_reduce_summarize_sync(text: str) -> str:
    return asyncio.run(map_reduce_summarize(text))
