"""Semantic search over indexed summaries."""
from __future__ import annotations

from fastapi import APIRouter, Request

from app.models import SearchRequest
from services.embeddings import embed_openai, rerank, store

router = APIRouter()


async def _expand_query(request: Request, query: str) -> str:
    genai_client = request.app.state.genai
    resp = await genai_client.aio.models.generate_content(
        model="gemini-2.0-flash-lite",
        contents=f"Rewrite this search query with synonyms, one line only: {query}",
    )
    return (resp.text or query).strip()


@router.post("")
async def search(body: SearchRequest, request: Request) -> dict:
    expanded = await _expand_query(request, body.query) if len(body.query) < 40 else body.query
    [qvec] = await embed_openai([expanded])
    collection = store.create("summaries", dim=1536)
    hits = collection.search(qvec, top_k=body.top_k * 3)
    if not hits:
        return {"results": []}
    texts = [collection.payloads[k].get("text", k) for k, _ in hits]
    order = await rerank(body.query, texts, top_n=body.top_k)
    return {"query": expanded, "results": [hits[i][0] for i in order]}
