"""Map-reduce summarisation with Claude.

Long documents are split into chunks, each chunk is summarised in a thread pool,
then the partial summaries are merged in one last call.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from datalingo import prompts
from datalingo.utils import split_into_chunks

if TYPE_CHECKING:
    import anthropic

log = logging.getLogger(__name__)

DEFAULT_MODEL = "claude-3-5-haiku-20241022"


def summarise_chunk(client: "anthropic.Anthropic", text: str, max_words: int, model: str = DEFAULT_MODEL) -> str:
    message = client.messages.create(
        model=model,
        max_tokens=max(256, max_words * 3),
        system=prompts.render(prompts.SUMMARY_SYSTEM, max_words=max_words),
        messages=[{"role": "user", "content": text}],
    )
    return "".join(b.text for b in message.content if b.type == "text").strip()


def summarise_document(
    client: "anthropic.Anthropic",
    text: str,
    max_words: int = 80,
    model: str = DEFAULT_MODEL,
    max_workers: int = 4,
) -> str:
    chunks = split_into_chunks(text)
    if len(chunks) == 1:
        return summarise_chunk(client, text, max_words, model)

    log.debug("summarising %d chunks", len(chunks))
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [pool.submit(summarise_chunk, client, chunk, max_words, model) for chunk in chunks]
        parts = [f.result() for f in futures]

    merged = "\n\n".join(f"Part {i + 1}: {p}" for i, p in enumerate(parts))
    return summarise_chunk(
        client,
        prompts.render(prompts.SUMMARY_REDUCE, max_words=max_words, parts=merged),
        max_words,
        model,
    )
