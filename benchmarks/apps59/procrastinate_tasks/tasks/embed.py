"""Chunk + embed tasks (queue ``embed``)."""
from __future__ import annotations

import asyncio
import logging

from procrastinate import JobContext

from docproc.chunking import chunk_text
from docproc.db import get_repository
from docproc.models import Chunk
from docproc.settings import get_settings
from llm.embeddings import make_embedder
from tasks.app import EMBED_RETRY, app
from tasks.context import voyage_client

logger = logging.getLogger(__name__)


@app.task(queue="embed", retry=EMBED_RETRY, pass_context=True, queueing_lock="embed")
async def embed_document(context: JobContext, document_id: str) -> int:
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return 0
    settings = get_settings()
    texts = list(chunk_text(doc.body, max_tokens=settings.max_chunk_tokens))
    vo = voyage_client(context)
    result = await vo.embed(texts, model=settings.embed_model, input_type="document", truncation=True)
    chunks = [Chunk(doc.id, i, t, e) for i, (t, e) in enumerate(zip(texts, result.embeddings, strict=True))]
    await repo.save_chunks(chunks)
    logger.info("embedded %d chunks for %s (%d tokens)", len(chunks), document_id, result.total_tokens)
    return len(chunks)


@app.periodic(cron="*/10 * * * *", periodic_id="backfill_embeddings")
@app.task(queue="embed", pass_context=True, queueing_lock="backfill_embeddings")
async def backfill_embeddings(context: JobContext, timestamp: int) -> int:
    """Picks up chunks that were stored without vectors (e.g. provider outage)."""
    repo = await get_repository()
    rows = await repo.chunks_missing_embeddings(limit=256)
    if not rows:
        return 0
    kind = (context.additional_context or {}).get("embedder", "voyage")
    embedder = make_embedder(kind, context.additional_context or {})
    vectors = await embedder.embed([r["text"] for r in rows])
    await repo.save_chunks(
        [Chunk(r["document_id"], r["idx"], r["text"], v) for r, v in zip(rows, vectors, strict=True)]
    )
    return len(rows)


@app.task(queue="embed", retry=EMBED_RETRY, pass_context=True)
async def embed_with_openai(context: JobContext, document_id: str) -> int:
    """A/B experiment (DOCS-377): compare recall of text-embedding-3-small vs voyage-3."""
    from llm.clients import get_openai

    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return 0
    texts = list(chunk_text(doc.body))
    client = get_openai()
    resp = await asyncio.to_thread(
        client.embeddings.create, model="text-embedding-3-small", input=texts, dimensions=1024
    )
    async with repo.pool.connection() as conn:
        for d in resp.data:
            await conn.execute(
                "INSERT INTO chunk_embeddings_ab (document_id, idx, model, embedding) VALUES (%s, %s, %s, %s)",
                (doc.id, d.index, "text-embedding-3-small", d.embedding),
            )
    return len(resp.data)
