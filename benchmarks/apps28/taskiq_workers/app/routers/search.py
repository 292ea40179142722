"""Semantic search over a course: Voyage query embedding + cosine + Cohere rerank."""

from __future__ import annotations

import math
from typing import Annotated

import cohere
import voyageai
from fastapi import APIRouter, Depends, Query

from app.config import Settings
from app.dependencies import get_cohere_client, get_content_store, get_voyage_client, settings_dep
from app.services.content_store import ContentStore

router = APIRouter(prefix="/search", tags=["search"])


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@router.get("/{course_id}")
async def search_course(
    course_id: str,
    q: Annotated[str, Query(min_length=2, max_length=500)],
    voyage: Annotated[voyageai.AsyncClient, Depends(get_voyage_client)],
    co: Annotated[cohere.AsyncClientV2, Depends(get_cohere_client)],
    store: Annotated[ContentStore, Depends(get_content_store)],
    settings: Annotated[Settings, Depends(settings_dep)],
    limit: int = 8,
    rerank: bool = True,
) -> list[dict]:
    query_vec = (await voyage.embed([q], model=settings.embed_model, input_type="query")).embeddings[0]

    candidates = await store.chunks_for_course(course_id)
    candidates = [c for c in candidates if c["embedding"]]
    candidates.sort(key=lambda c: _cosine(query_vec, c["embedding"]), reverse=True)
    shortlist = candidates[: max(limit * 5, 25)]
    if not rerank or len(shortlist) <= limit:
        return [{"chunk_id": c["id"], "title": c["title"], "text": c["text"][:400]} for c in shortlist[:limit]]

    reranked = await co.rerank(
        model=settings.rerank_model,
        query=q,
        documents=[c["text"] for c in shortlist],
        top_n=limit,
    )
    return [
        {
            "chunk_id": shortlist[r.index]["id"],
            "title": shortlist[r.index]["title"],
            "text": shortlist[r.index]["text"][:400],
            "score": r.relevance_score,
        }
        for r in reranked.results
    ]


@router.get("/{course_id}/query-cost")
async def query_cost(
    q: str,
    voyage: Annotated[voyageai.AsyncClient, Depends(get_voyage_client)],
) -> dict:
    """Debug endpoint for the search team: how many tokens a query costs."""
    tokens = voyage.count_tokens([q], model="voyage-3")
    return {"tokens": tokens, "usd": tokens * 0.06 / 1_000_000}
