"""One-off backfill for chunks that were loaded while embeddings were disabled.

Reads unembedded chunks straight from DuckDB, embeds them concurrently and
loads the vectors back through a dlt resource.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Sequence

import dlt

from enrichment import get_async_openai_client, get_voyage_client, settings
from storage.duck import fetch_unembedded_chunks

logger = logging.getLogger("backfill_embeddings")

BATCH = 256


async def _embed_openai(sem: asyncio.Semaphore, batch: Sequence[tuple[str, str]]) -> list[dict]:
    client = get_async_openai_client()
    async with sem:
        resp = await client.embeddings.create(model=settings.embedding_model(), input=[t for _, t in batch])
    return [{"chunk_id": cid, "provider": "openai", "embedding": d.embedding} for (cid, _), d in zip(batch, resp.data)]


async def _embed_voyage(sem: asyncio.Semaphore, batch: Sequence[tuple[str, str]]) -> list[dict]:
    vo = get_voyage_client()
    async with sem:
        result = await asyncio.to_thread(
            vo.embed, [t for _, t in batch], model=settings.voyage_model(), input_type="document"
        )
    return [{"chunk_id": cid, "provider": "voyage", "embedding": e} for (cid, _), e in zip(batch, result.embeddings)]


async def _embed_all(rows: list[tuple[str, str]], provider: str) -> list[dict]:
    sem = asyncio.Semaphore(settings.max_concurrency())
    worker = _embed_voyage if provider == "voyage" else _embed_openai
    batches = [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
    results = await asyncio.gather(*(worker(sem, b) for b in batches))
    return [row for batch in results for row in batch]


@dlt.resource(name="kb_embeddings", primary_key="chunk_id", write_disposition="merge")
def backfilled_embeddings(provider: str = "openai", limit: int = 10_000):
    rows = fetch_unembedded_chunks(limit)
    logger.info("backfilling %d chunks with %s", len(rows), provider)
    yield asyncio.run(_embed_all(rows, provider))


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    provider = sys.argv[1] if len(sys.argv) > 1 else "openai"
    pipeline = dlt.pipeline(pipeline_name="knowledge_base", destination="duckdb", dataset_name="knowledge_base")
    print(pipeline.run(backfilled_embeddings(provider=provider)))
