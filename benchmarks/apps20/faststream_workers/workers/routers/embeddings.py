"""Embedding jobs for the semantic layer (docs, table descriptions, tickets)."""
from __future__ import annotations

import asyncio

import structlog
from faststream import Depends
from faststream.kafka import KafkaRouter
from openai import OpenAI

from workers.deps import Bedrock, VoyageClient, Warehouse, sync_openai
from workers.schemas import EmbeddingJob, EmbeddingResult
from workers.services.embedding_service import BedrockEmbedder, chunk_texts
from workers.settings import settings

log = structlog.get_logger(__name__)

router = KafkaRouter(prefix="de.embeddings.")
store_pub = router.publisher("de.embeddings.stored")


@router.subscriber("requested", group_id="embedder")
@router.publisher("de.embeddings.computed")
async def embed_job(job: EmbeddingJob, voyage: VoyageClient, bedrock: Bedrock) -> EmbeddingResult:
    if job.provider == "bedrock":
        embedder = BedrockEmbedder(bedrock, settings.llm.bedrock_embed_model_id)
        vectors = await embedder.embed_many(job.texts)
        model = settings.llm.bedrock_embed_model_id
    else:
        vectors = []
        for batch in chunk_texts(job.texts, 128):
            result = await voyage.embed(batch, model=settings.llm.embed_model, input_type="document")
            vectors.extend(result.embeddings)
        model = settings.llm.embed_model
    return EmbeddingResult(doc_id=job.doc_id, namespace=job.namespace, vectors=vectors, model=model)


@router.subscriber("requested.openai", group_id="embedder")
async def embed_job_openai(job: EmbeddingJob, client: OpenAI = Depends(sync_openai)) -> None:
    # legacy consumers still want 1536-d vectors
    response = await asyncio.to_thread(
        client.embeddings.create,
        model=settings.llm.openai_embed_model,
        input=job.texts,
    )
    vectors = [d.embedding for d in response.data]
    await store_pub.publish(
        EmbeddingResult(doc_id=job.doc_id, namespace=job.namespace, vectors=vectors, model=response.model)
    )


@router.subscriber("computed", group_id="embedding-writer")
async def store_vectors(result: EmbeddingResult, wh: Warehouse) -> None:
    await wh.upsert_vectors(result.namespace, result.doc_id, result.vectors)
    log.info("vectors.stored", doc_id=result.doc_id, n=len(result.vectors))


@router.subscriber("rerank", group_id="embedder")
async def rerank_candidates(body: dict, voyage: VoyageClient) -> dict:
    ranked = await voyage.rerank(
        query=body["query"],
        documents=body["documents"],
        model="rerank-2",
        top_k=body.get("top_k", 5),
    )
    return {"query": body["query"], "results": [(r.index, r.relevance_score) for r in ranked.results]}


@router.subscriber("token_estimate", group_id="embedder")
async def estimate_tokens(job: EmbeddingJob, voyage: VoyageClient) -> dict:
    # count_tokens is local tokenization, no API charge
    return {"doc_id": job.doc_id, "tokens": voyage.count_tokens(job.texts, model=settings.llm.embed_model)}
