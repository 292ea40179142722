"""Re-embed KB articles that have no vector yet."""

from __future__ import annotations

import asyncio
import logging

from supportdesk.llm import get_async_voyage_client, get_voyage_client
from supportdesk.repositories.kb_articles import KBArticleRepository
from supportdesk.utils import chunk, truncate

logger = logging.getLogger(__name__)

BATCH = 64


def run() -> int:
    repo = KBArticleRepository()
    vo = get_voyage_client()
    pending = repo.missing_embeddings()
    done = 0
    for batch in chunk(pending, BATCH):
        texts = [truncate(f"{a.title}\n{a.body}", 16000) for a in batch]
        result = vo.embed(texts, model="voyage-3", input_type="document", truncation=True)
        for article, vec in zip(batch, result.embeddings):
            repo.set_embedding(article.id, vec)
            done += 1
    logger.info("reindexed %s articles", done)
    return done


async def run_async(concurrency: int = 4) -> int:
    """Faster variant for the full rebuild; not wired into the scheduler yet."""
    repo = KBArticleRepository()
    client = get_async_voyage_client()
    sem = asyncio.Semaphore(concurrency)
    articles = repo.all()

    async def embed_batch(batch):
        async with sem:
            res = await client.embed(
                [f"{a.title}\n{a.body}" for a in batch], model="voyage-3", input_type="document"
            )
        for article, vec in zip(batch, res.embeddings):
            repo.set_embedding(article.id, vec)
        return len(batch)

    counts = await asyncio.gather(*(embed_batch(b) for b in chunk(articles, BATCH)))
    return sum(counts)
