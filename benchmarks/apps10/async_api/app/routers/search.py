from typing import List

import numpy as np
from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from app.db import ArticleRepository
from app.deps import get_article_repo
from app.schemas import SearchHit, SearchRequest
from app.services import gemini

router = APIRouter(prefix="/search", tags=["search"])

CANDIDATES = 40


def _cosine_top(query_vec: List[float], matrix: np.ndarray, k: int) -> List[int]:
    q = np.asarray(query_vec, dtype=np.float32)
    q /= np.linalg.norm(q) or 1.0
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    scores = matrix @ q / norms
    return list(np.argsort(-scores)[:k])


@router.post("", response_model=List[SearchHit])
async def search(body: SearchRequest, request: Request, repo: ArticleRepository = Depends(get_article_repo)):
    embeddings = request.app.state.embeddings
    articles = await repo.all_with_embeddings()
    if not articles:
        return []

    query_text = body.query
    if len(body.query.split()) <= 3:
        # very short queries embed poorly; expand them first
        query_text = await gemini.hypothetical_answer(body.query)

    query_vec = await embeddings.embed_query(query_text)
    matrix = np.asarray([a.embedding for a in articles], dtype=np.float32)
    idx = _cosine_top(query_vec, matrix, CANDIDATES if body.rerank else body.top_k)
    candidates = [articles[i] for i in idx]

    if not body.rerank:
        return [SearchHit(article_id=a.id, title=a.title, score=0.0) for a in candidates]

    ranked = await request.app.state.reranker.rerank(
        body.query, [f"{a.title}\n{a.body[:2000]}" for a in candidates], top_n=body.top_k
    )
    return [
        SearchHit(article_id=candidates[r.index].id, title=candidates[r.index].title, score=r.score)
        for r in ranked
    ]


@router.post("/kb-draft")
async def kb_draft(payload: dict):
    return StreamingResponse(
        gemini.draft_kb_article(payload["tickets"], payload.get("title")), media_type="text/markdown"
    )
