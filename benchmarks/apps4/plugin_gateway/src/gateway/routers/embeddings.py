from __future__ import annotations

import asyncio
from typing import List

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel

from gateway.clients.factory import provider_for
from gateway.jobs.embedding_job import run_backfill
from gateway.jobs.queue import job_queue
from gateway.providers import get_provider
from gateway.schemas import BackfillRequest, EmbeddingRequest, EmbeddingResult, JobStatus
from gateway.tokens import count_tokens

router = APIRouter(prefix="/v1", tags=["embeddings"])

MAX_INPUT_TOKENS = 8000


class RerankRequest(BaseModel):
    query: str
    documents: List[str]
    top_n: int = 5


@router.post("/embeddings", response_model=EmbeddingResult)
async def create_embeddings(body: EmbeddingRequest) -> EmbeddingResult:
    provider = provider_for(body.provider)
    if not provider.supports_embeddings:
        raise HTTPException(400, f"{provider.name} does not offer embeddings")
    too_long = [i for i, t in enumerate(body.inputs) if count_tokens(t, provider.name) > MAX_INPUT_TOKENS]
    if too_long:
        raise HTTPException(413, {"message": "inputs over the token limit", "indexes": too_long})
    vectors = await asyncio.to_thread(provider.embed, body.inputs, model=body.model)
    return EmbeddingResult(
        provider=provider.name, model=body.model or provider.embedding_model, vectors=vectors
    )


@router.post("/rerank")
async def rerank(body: RerankRequest) -> dict:
    ranked = await asyncio.to_thread(
        get_provider("cohere").rerank, body.query, body.documents, body.top_n
    )
    return {"results": [{"index": i, "score": s} for i, s in ranked]}


@router.post("/embeddings/backfill", response_model=JobStatus, status_code=202)
async def backfill(body: BackfillRequest, background: BackgroundTasks) -> JobStatus:
    status = await job_queue.submit("embedding_backfill", body.model_dump(mode="json"))
    background.add_task(run_backfill, status.job_id, body.collection, body.provider, body.since)
    return status


@router.get("/embeddings/backfill/{job_id}", response_model=JobStatus)
async def backfill_status(job_id: str) -> JobStatus:
    status = await job_queue.get(job_id)
    if status is None:
        raise HTTPException(404, "unknown job")
    return status
