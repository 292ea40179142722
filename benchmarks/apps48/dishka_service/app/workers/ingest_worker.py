"""Background ingestion: chunk, embed, classify and title new documents.

Runs as its own process (``python -m app.workers.ingest_worker``) and pulls
dependencies straight from the dishka container instead of going through FastAPI.
"""
from __future__ import annotations

import asyncio
import logging
import signal

from openai import AsyncOpenAI

from app.domain.chunking import chunk_text
from app.domain.models import Chunk, Document
from app.ioc import build_container
from app.repositories.chunks import ChunkRepository
from app.repositories.documents import DocumentRepository
from app.services.classifier import TopicClassifier
from app.services.embedding_service import EmbeddingService
from app.services.llm_usage_tracker import LLMUsageTracker
from app.services.summary_service import SummaryService

logger = logging.getLogger("docqa.ingest")

POLL_SECONDS = 15


class IngestWorker:
    def __init__(self, container) -> None:
        self.container = container
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def _process(self, doc: Document, docs: DocumentRepository, chunks: ChunkRepository) -> None:
        embedder = await self.container.get(EmbeddingService)
        classifier = await self.container.get(TopicClassifier)
        summaries = await self.container.get(SummaryService)

        pieces = list(chunk_text(doc.text))
        vectors = await embedder.embed_documents(pieces)
        await chunks.bulk_create(
            [Chunk(document_id=doc.id, ordinal=i, text=t, embedding=v) for i, (t, v) in enumerate(zip(pieces, vectors))]
        )
        topics = await classifier.classify(doc.text)
        await docs.set_topics(doc.id, topics)
        if not doc.title or doc.title == "untitled":
            doc.title = await summaries.title_for(doc)
        await docs.mark_embedded(doc.id)
        logger.info("ingested %s (%d chunks, topics=%s)", doc.id, len(pieces), topics)

    async def _keywords(self, doc: Document) -> list[str]:
        client = await self.container.get(AsyncOpenAI)
        tracker = await self.container.get(LLMUsageTracker)
        async with tracker.track_llm_call(
            provider="openai", model="gpt-4o-mini", feature_context="ingest_keywords"
        ) as usage_log:
            resp = await client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"List 5 comma-separated keywords for:\n{doc.text[:4000]}"}],
                max_tokens=60,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return [k.strip() for k in (resp.choices[0].message.content or "").split(",") if k.strip()]

    async def _detect_language(self, text: str) -> str:
        client = await self.container.get(AsyncOpenAI)
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"ISO 639-1 code of the language of this text, nothing else:\n{text[:500]}"}],
            max_tokens=4,
        )
        return (resp.choices[0].message.content or "en").strip().lower()

    async def run_once(self) -> int:
        async with self.container() as request_container:
            docs = await request_container.get(DocumentRepository)
            chunks = await request_container.get(ChunkRepository)
            pending = await docs.pending_embedding(limit=20)
            for doc in pending:
                try:
                    if await self._detect_language(doc.text) != "en":
                        logger.info("skipping non-english doc %s for now", doc.id)
                        continue
                    await self._process(doc, docs, chunks)
                except Exception:
                    logger.exception("failed to ingest %s", doc.id)
            return len(pending)

    async def run_forever(self) -> None:
        while not self._stop.is_set():
            n = await self.run_once()
            if n == 0:
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=POLL_SECONDS)
                except asyncio.TimeoutError:
                    pass


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    container = build_container()
    worker = IngestWorker(container)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, worker.stop)
    try:
        await worker.run_forever()
    finally:
        await container.close()


if __name__ == "__main__":
    asyncio.run(main())
