from __future__ import annotations

import asyncio

from dbos import DBOS

from app.config import settings
from app.llm import get_async_voyage, get_voyage_client
from app.llm.embeddings import make_embedder


@DBOS.step(retries_allowed=True, max_attempts=5, interval_seconds=2.0)
def embed_chunks(chunk_rows: list[dict], language: str | None = None) -> list[dict]:
    kind = "voyage" if (language or "en") == "en" else "cohere"
    embedder = make_embedder(kind)
    vectors = embedder.embed_documents([c["text"] for c in chunk_rows])
    return [{**c, "embedding": v} for c, v in zip(chunk_rows, vectors)]


@DBOS.step(retries_allowed=True, max_attempts=5)
async def embed_chunks_async(chunk_rows: list[dict]) -> list[dict]:
    """Used by the backfill queue; batches run concurrently."""
    client = get_async_voyage()
    texts = [c["text"] for c in chunk_rows]
    batches = [texts[i : i + 64] for i in range(0, len(texts), 64)]
    results = await asyncio.gather(
        *(client.embed(b, model=settings.embed_model, input_type="document") for b in batches)
    )
    vectors = [v for r in results for v in r.embeddings]
    return [{**c, "embedding": v} for c, v in zip(chunk_rows, vectors)]


async def embed_query_offloaded(query: str) -> list[float]:
    voyage = get_voyage_client()
    result = await asyncio.to_thread(voyage.embed, [query], model=settings.embed_model, input_type="query")
    return result.embeddings[0]
