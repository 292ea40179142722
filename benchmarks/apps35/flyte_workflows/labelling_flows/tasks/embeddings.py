"""Embedding backfill tasks: one task per provider, chosen by the workflow."""
from __future__ import annotations

import asyncio
import logging
from typing import List

import cohere
from flytekit import Resources, task
from google.genai import types as genai_types
from together import Together

from labelling_flows import config
from labelling_flows.images import llm_image
from labelling_flows.llm import get_cohere_client, get_genai_client, get_openai_client
from labelling_flows.llm.costs import estimate_embedding_cost
from labelling_flows.secrets import COHERE_SECRET, GEMINI_SECRET, OPENAI_SECRET, TOGETHER_SECRET, read_secret
from labelling_flows.utils.batching import chunked

logger = logging.getLogger(__name__)


def _attach(chunks: List[dict], vectors: List[List[float]], model: str) -> List[dict]:
    if len(chunks) != len(vectors):
        raise RuntimeError(f"embedding count mismatch: {len(chunks)} chunks, {len(vectors)} vectors")
    return [{"chunk_id": c["chunk_id"], "model": model, "vector": v} for c, v in zip(chunks, vectors)]


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=3, requests=Resources(mem="1Gi"))
def embed_openai(chunks: List[dict], model: str = config.OPENAI_EMBED_MODEL) -> List[dict]:
    client = get_openai_client()
    logger.info("estimated cost: $%.4f", estimate_embedding_cost([c["text"] for c in chunks], model))
    rows: List[dict] = []
    for batch in chunked(chunks, 256):
        resp = client.embeddings.create(model=model, input=[c["text"] for c in batch])
        rows.extend(_attach(batch, [d.embedding for d in resp.data], model))
    return rows


@task(container_image=llm_image, secret_requests=[COHERE_SECRET], retries=3)
def embed_cohere(chunks: List[dict], model: str = config.COHERE_EMBED_MODEL) -> List[dict]:
    co = get_cohere_client()
    rows: List[dict] = []
    for batch in chunked(chunks, config.EMBED_BATCH_SIZE):
        resp = co.embed(
            model=model,
            texts=[c["text"] for c in batch],
            input_type="search_document",
            embedding_types=["float"],
        )
        rows.extend(_attach(batch, resp.embeddings.float_, model))
    return rows


@task(container_image=llm_image, secret_requests=[GEMINI_SECRET], retries=3)
def embed_gemini(chunks: List[dict], model: str = config.GEMINI_EMBED_MODEL) -> List[dict]:
    client = get_genai_client()
    rows: List[dict] = []
    for batch in chunked(chunks, 100):
        result = client.models.embed_content(
            model=model,
            contents=[c["text"] for c in batch],
            config=genai_types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
        )
        rows.extend(_attach(batch, [e.values for e in result.embeddings], model))
    return rows


@task(container_image=llm_image, secret_requests=[TOGETHER_SECRET], retries=2)
def embed_together(chunks: List[dict], model: str = config.TOGETHER_EMBED_MODEL) -> List[dict]:
    # written before llm.clients existed; still builds its own client
    client = Together(api_key=read_secret("together_api_key"))
    rows: List[dict] = []
    for batch in chunked(chunks, 64):
        response = client.embeddings.create(model=model, input=[c["text"] for c in batch])
        rows.extend(_attach(batch, [item.embedding for item in response.data], model))
    return rows


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=2, requests=Resources(cpu="2", mem="2Gi"))
def embed_openai_concurrent(chunks: List[dict], model: str = config.OPENAI_EMBED_MODEL, concurrency: int = 8) -> List[dict]:
    """Threaded variant for big backfills; the sync client is thread-safe."""
    client = get_openai_client()
    semaphore = asyncio.Semaphore(concurrency)

    async def _one(batch: List[dict]) -> List[dict]:
        async with semaphore:
            resp = await asyncio.to_thread(
                client.embeddings.create,
                model=model,
                input=[c["text"] for c in batch],
            )
        return _attach(batch, [d.embedding for d in resp.data], model)

    async def _all() -> List[dict]:
        parts = await asyncio.gather(*[_one(b) for b in chunked(chunks, 128)])
        return [row for part in parts for row in part]

    return asyncio.run(_all())


@task(container_image=llm_image, secret_requests=[COHERE_SECRET], retries=2)
def embed_queries_cohere(queries: List[str]) -> List[List[float]]:
    async def _run() -> List[List[float]]:
        async_co = cohere.AsyncClientV2(api_key=read_secret("cohere_api_key"))
        resp = await async_co.embed(
            model=config.COHERE_EMBED_MODEL,
            texts=queries,
            input_type="search_query",
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    return asyncio.run(_run())


@task(container_image=llm_image, secret_requests=[GEMINI_SECRET])
def preflight_token_budget(chunks: List[dict], max_tokens: int = 5_000_000) -> bool:
    """Checks the backfill fits the daily budget before fanning out."""
    client = get_genai_client()
    sample = [c["text"] for c in chunks[:200]]
    counted = client.models.count_tokens(model=config.GEMINI_MODEL, contents=sample)
    projected = counted.total_tokens * max(1, len(chunks) // max(1, len(sample)))
    logger.info("projected tokens %d (budget %d)", projected, max_tokens)
    return projected <= max_tokens
