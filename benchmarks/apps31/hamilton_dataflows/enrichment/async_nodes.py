"""Async nodes for ``hamilton.async_driver``. Used by the streaming ingest service."""
from __future__ import annotations

import asyncio

import pandas as pd
from openai import AsyncOpenAI

from enrichment import prompts
from enrichment.clients import get_async_anthropic, get_genai
from enrichment.services.llm_usage_tracker import llm_tracker

SUMMARY_MODEL = "claude-3-5-haiku-20241022"


async def async_embeddings(chunk_texts: list[str], async_openai_client: AsyncOpenAI, embedding_model: str = "text-embedding-3-small") -> list[list[float]]:
    batches = [chunk_texts[i : i + 256] for i in range(0, len(chunk_texts), 256)]
    responses = await asyncio.gather(
        *(async_openai_client.embeddings.create(model=embedding_model, input=b) for b in batches)
    )
    return [d.embedding for r in responses for d in r.data]


async def async_summaries(documents: pd.DataFrame, summary_max_words: int = 80) -> pd.Series:
    client = get_async_anthropic()
    sem = asyncio.Semaphore(8)

    async def one(title: str, body: str) -> str:
        async with sem, llm_tracker.track_llm_call(
            provider="anthropic", model=SUMMARY_MODEL, feature_context="stream_summary"
        ) as usage_log:
            msg = await client.messages.create(
                model=SUMMARY_MODEL,
                max_tokens=400,
                system=prompts.SUMMARY_SYSTEM.format(max_words=summary_max_words),
                messages=[{"role": "user", "content": prompts.SUMMARY_USER.format(title=title, body=body[:24_000])}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return msg.content[0].text

    texts = await asyncio.gather(*(one(t, b) for t, b in zip(documents["title"], documents["body"])))
    return pd.Series(texts, index=documents["doc_id"])


async def async_topic(documents: pd.DataFrame, classifier_model: str = "gemini-2.0-flash") -> pd.Series:
    aio = get_genai().aio
    results = await asyncio.gather(
        *(
            aio.models.generate_content(model=classifier_model, contents=f"One-word topic for:\n{body[:4000]}")
            for body in documents["body"]
        )
    )
    return pd.Series([(r.text or "").strip().lower() for r in results], index=documents["doc_id"])


async def async_embeddings_offloaded(chunk_texts: list[str], embedding_model: str = "voyage-3") -> list[list[float]]:
    from enrichment.clients import get_voyage

    voyage = get_voyage()
    result = await asyncio.to_thread(voyage.embed, chunk_texts, model=embedding_model, input_type="document")
    return result.embeddings
