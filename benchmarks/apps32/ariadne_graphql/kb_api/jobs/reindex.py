"""Re-embedding and summary refresh jobs."""
from __future__ import annotations

import asyncio
import logging

from kb_api.db import Database
from kb_api.llm_clients import get_anthropic_client, get_cohere_client, get_sync_openai_client
from kb_api.services.summarizer import Summarizer
from kb_api.settings import get_settings
from kb_api.utils.text import chunk_text

log = logging.getLogger(__name__)


async def reindex_space(ctx: dict, space_id: int, batch_size: int = 32) -> int:
    db: Database = ctx["db"]
    settings = get_settings()
    client = get_sync_openai_client()
    articles = await db.articles.list_for_space(space_id, limit=10_000)
    done = 0
    for i in range(0, len(articles), batch_size):
        batch = articles[i : i + batch_size]
        texts = [chunk_text(f"{a.title}\n\n{a.body}", max_chars=6000)[0] for a in batch]
        # sync client in a thread so the event loop keeps serving other jobs
        resp = await asyncio.to_thread(
            client.embeddings.create, model=settings.openai_embedding_model, input=texts
        )
        for article, item in zip(batch, resp.data):
            await db.articles.store_embedding(article.id, item.embedding, settings.openai_embedding_model)
            done += 1
    log.info("reindexed %s articles in space %s", done, space_id)
    return done


async def reindex_space_cohere(ctx: dict, space_id: int) -> int:
    """Experimental: cohere embeddings for the multilingual spaces."""
    db: Database = ctx["db"]
    co = get_cohere_client()
    model = get_settings().cohere_embed_model
    articles = await db.articles.list_for_space(space_id, limit=2_000)
    for i in range(0, len(articles), 96):
        batch = articles[i : i + 96]
        resp = await co.embed(
            texts=[f"{a.title}\n{a.body[:3000]}" for a in batch],
            model=model,
            input_type="search_document",
            embedding_types=["float"],
        )
        for article, vec in zip(batch, resp.embeddings.float_):
            await db.articles.store_embedding(article.id, list(vec), model)
    return len(articles)


async def refresh_stale_summaries(ctx: dict, space_id: int) -> int:
    db: Database = ctx["db"]
    summarizer = Summarizer(get_anthropic_client())
    articles = [a for a in await db.articles.list_for_space(space_id, limit=500) if not a.summary]
    summaries = await summarizer.summarize_many(articles)
    for article, summary in zip(articles, summaries):
        if summary:
            await db.articles.update(article.id, summary=summary)
    return len(articles)
