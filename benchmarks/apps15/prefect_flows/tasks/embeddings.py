"""Embedding tasks for the search and "similar items" indexes.

Index          | model                          | dim
---------------|--------------------------------|-----
listings_v3    | gemini text-embedding-004      | 768
listings_ml    | cohere embed-multilingual-v3.0 | 1024  (non-English storefronts)
similar_items  | ollama nomic-embed-text        | 768
mistral_eval   | mistral-embed                  | 1024  (A/B test, see DATA-1412)
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict, List, Sequence

import httpx
from google.genai import types
from prefect import task

from lib.blocks import load_secret
from lib.clients import OLLAMA_BASE_URL, gemini_client, get_cohere, get_mistral
from lib.errors import ProviderError, is_retryable
from lib.logging_utils import get_logger
from lib.schemas import EmbeddingRecord, Listing
from lib.settings import settings
from lib.textutils import batched

GEMINI_BATCH = 100
COHERE_BATCH = 96
MISTRAL_BATCH = 64


@task(retries=3, retry_delay_seconds=[5, 30, 120], retry_condition_fn=is_retryable, tags=["gemini"])
def embed_with_gemini(listings: List[Listing]) -> List[EmbeddingRecord]:
    client = gemini_client()
    out: List[EmbeddingRecord] = []
    for batch in batched(listings, GEMINI_BATCH):
        resp = client.models.embed_content(
            model=settings.gemini_embed_model,
            contents=[l.text_for_embedding for l in batch],
            config=types.EmbedContentConfig(
                task_type="RETRIEVAL_DOCUMENT",
                output_dimensionality=settings.gemini_embed_dim,
            ),
        )
        for listing, emb in zip(batch, resp.embeddings or []):
            out.append(EmbeddingRecord(listing_id=listing.id, model=settings.gemini_embed_model,
                                       vector=list(emb.values or [])))
    return out


@task(retries=3, retry_delay_seconds=[5, 30, 120], retry_condition_fn=is_retryable, tags=["cohere"])
def embed_with_cohere(listings: List[Listing]) -> List[EmbeddingRecord]:
    co = get_cohere()
    out: List[EmbeddingRecord] = []
    for batch in batched(listings, COHERE_BATCH):
        resp = co.embed(
            model=settings.cohere_embed_model,
            texts=[l.text_for_embedding for l in batch],
            input_type="search_document",
            embedding_types=["float"],
            truncate="END",
        )
        vectors = resp.embeddings.float_ or []
        out.extend(
            EmbeddingRecord(listing_id=l.id, model=settings.cohere_embed_model, vector=v)
            for l, v in zip(batch, vectors)
        )
    return out


@task(retries=2, retry_delay_seconds=60, tags=["mistral"])
def embed_with_mistral(listings: List[Listing]) -> List[EmbeddingRecord]:
    """Embeddings for the DATA-1412 A/B index. Chunks are sent in parallel."""
    mistral = get_mistral()
    chunks = list(batched(listings, MISTRAL_BATCH))
    out: List[EmbeddingRecord] = []
    with ThreadPoolExecutor(max_workers=settings.max_workers) as pool:
        futures = {
            pool.submit(
                mistral.embeddings.create,
                model=settings.mistral_embed_model,
                inputs=[l.text_for_embedding for l in chunk],
            ): chunk
            for chunk in chunks
        }
        for fut in as_completed(futures):
            chunk = futures[fut]
            resp = fut.result()
            for listing, item in zip(chunk, resp.data):
                out.append(EmbeddingRecord(listing_id=listing.id, model=settings.mistral_embed_model,
                                           vector=item.embedding or []))
    return out


@task(retries=2, retry_delay_seconds=10, tags=["ollama"])
async def embed_similar_items(listings: List[Listing], batch_size: int = 32) -> List[EmbeddingRecord]:
    # Talks to Ollama's HTTP API directly so we can pass keep_alive and reuse one connection pool
    # for the whole run (the box is on the private network, no auth).
    out: List[EmbeddingRecord] = []
    async with httpx.AsyncClient(base_url=OLLAMA_BASE_URL, timeout=120) as http:
        for batch in batched(listings, batch_size):
            r = await http.post(
                "/api/embed",
                json={
                    "model": settings.ollama_embed_model,
                    "input": [f"search_document: {l.text_for_embedding}" for l in batch],
                    "keep_alive": "30m",
                },
            )
            if r.status_code != 200:
                raise ProviderError("ollama", r.text[:300], status=r.status_code)
            vectors = r.json()["embeddings"]
            out.extend(
                EmbeddingRecord(listing_id=l.id, model=settings.ollama_embed_model, vector=v)
                for l, v in zip(batch, vectors)
            )
    return out


def _import_chunk(http: httpx.Client, collection: str, docs: Sequence[Dict]) -> int:
    lines = "\n".join(json.dumps(d) for d in docs)
    r = http.post(
        f"/collections/{collection}/documents/import",
        params={"action": "upsert", "batch_size": len(docs)},
        content=lines,
        headers={"Content-Type": "text/plain"},
    )
    r.raise_for_status()
    failed = [line for line in r.text.splitlines() if '"success":false' in line]
    return len(docs) - len(failed)


@task(retries=2, retry_delay_seconds=30)
def push_vectors(records: List[EmbeddingRecord], collection: str, field: str = "embedding") -> int:
    log = get_logger()
    docs = [{"id": str(r.listing_id), field: r.vector} for r in records]
    imported = 0
    with httpx.Client(
        base_url=settings.typesense_url,
        headers={"X-TYPESENSE-API-KEY": load_secret("typesense-api-key")},
        timeout=120,
    ) as http, ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(_import_chunk, http, collection, chunk) for chunk in batched(docs, 500)]
        for fut in as_completed(futures):
            imported += fut.result()
    log.info("imported %d/%d documents into %s", imported, len(docs), collection)
    return imported
