"""Background embedding backfill for a document collection."""
from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime
from typing import List, Optional, Sequence

from gateway.clients.sdk_clients import cohere_client
from gateway.config import get_settings
from gateway.db import Document, DocumentRepository, SessionLocal
from gateway.jobs.queue import job_queue
from gateway.providers import get_provider

log = logging.getLogger(__name__)


def _batches(docs: Sequence[Document], size: int) -> List[List[Document]]:
    return [list(docs[i : i + size]) for i in range(0, len(docs), size)]


def _embed_openai(batches: List[List[Document]], model: str, workers: int):
    client = get_provider("openai").client
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="embed") as pool:
        futures = {
            pool.submit(
                client.embeddings.create,
                model=model,
                input=[d.body for d in batch],
            ): batch
            for batch in batches
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            resp = fut.result()
            yield [(doc.id, item.embedding) for doc, item in zip(batch, resp.data)]


def _embed_cohere(batches: List[List[Document]], model: str):
    embed_documents = functools.partial(
        cohere_client().embed,
        model=model,
        input_type="search_document",
        embedding_types=["float"],
    )
    for batch in batches:
        resp = embed_documents(texts=[d.body for d in batch])
        yield [(doc.id, list(vec)) for doc, vec in zip(batch, resp.embeddings.float_)]


def _embed_generic(batches: List[List[Document]], provider_name: str, model: str):
    provider = get_provider(provider_name)
    for batch in batches:
        vectors = provider.embed([d.body for d in batch], model=model)
        yield [(doc.id, vec) for doc, vec in zip(batch, vectors)]


async def run_backfill(
    job_id: str, collection: str, provider_name: str, since: Optional[datetime] = None
) -> None:
    settings = get_settings()
    model = settings.embedding_models[provider_name]
    async with SessionLocal() as session:
        repo = DocumentRepository(session)
        docs = await repo.pending(collection, since)
        batches = _batches(docs, settings.embedding_batch_size)
        await job_queue.update(job_id, state="running", total=len(docs))
        log.info("backfill %s: %d docs in %d batches via %s", job_id, len(docs), len(batches), provider_name)

        if provider_name == "openai":
            results = _embed_openai(batches, model, settings.embedding_workers)
        elif provider_name == "cohere":
            results = _embed_cohere(batches, model)
        else:
            results = _embed_generic(batches, provider_name, model)

        done = 0
        try:
            for pairs in results:
                await repo.save_vectors(model, pairs)
                done += len(pairs)
                await job_queue.update(job_id, done=done)
        except Exception:
            log.exception("backfill %s failed after %d docs", job_id, done)
            await job_queue.update(job_id, state="failed", done=done)
            raise
        await job_queue.update(job_id, state="done", done=done)
