"""Background indexer: chunks updated articles, embeds them, writes the vectors.

Started from the FastAPI lifespan as an asyncio task. Not durable: on restart it
re-scans ``articles`` for rows whose ``indexed_at`` is behind ``updated_at``.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

from kb_api.config import get_settings
from kb_api.db import ArticleRepository, ChunkRepository, SessionLocal
from kb_api.indexer.chunking import split_markdown
from kb_api.indexer.embedders import Embedder, get_embedder
from kb_api.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class Indexer:
    def __init__(self, embedder: Embedder | None = None, batch_size: int | None = None) -> None:
        s = get_settings()
        self.embedder = embedder or get_embedder("openai")
        self.batch_size = batch_size or s.indexer_batch_size
        self.poll_seconds = s.indexer_poll_seconds
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        self.running = False
        self.last_error: str | None = None
        self._task: asyncio.Task | None = None

    def enqueue(self, article_id: str) -> None:
        self.queue.put_nowait(article_id)

    def start(self) -> None:
        if self._task is None:
            self.running = True
            self._task = asyncio.create_task(self._run(), name="kb-indexer")

    async def stop(self) -> None:
        self.running = False
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _run(self) -> None:
        await self._rescan()
        while self.running:
            try:
                article_id = await asyncio.wait_for(self.queue.get(), timeout=self.poll_seconds)
            except asyncio.TimeoutError:
                continue
            try:
                await self.index_article(article_id)
                self.last_error = None
            except Exception as exc:  # keep the loop alive
                self.last_error = repr(exc)
                logger.exception("indexing %s failed", article_id)

    async def _rescan(self) -> None:
        async with SessionLocal() as session:
            for row in await ArticleRepository(session).pending_index(limit=500):
                self.enqueue(row.id)

    async def index_article(self, article_id: str) -> int:
        async with SessionLocal() as session:
            articles, chunks = ArticleRepository(session), ChunkRepository(session)
            row = await articles.get(article_id)
            if row is None:
                return 0
            pieces = [c.render() for c in split_markdown(f"# {row.title}\n\n{row.body}")]
            vectors: list[list[float]] = []
            for i in range(0, len(pieces), self.batch_size):
                batch = pieces[i : i + self.batch_size]
                async with llm_tracker.track_llm_call(
                    provider="openai", model="text-embedding-3-small", feature_context="indexer"
                ) as usage_log:
                    vectors.extend(await self.embedder(batch))
                    usage_log.input_tokens = sum(len(p) // 4 for p in batch)
            await chunks.replace_for_article(row.id, list(zip(pieces, vectors)))
            row.indexed_at = dt.datetime.now(dt.UTC)
            await session.commit()
            logger.info("indexed %s (%d chunks)", article_id, len(pieces))
            return len(pieces)
