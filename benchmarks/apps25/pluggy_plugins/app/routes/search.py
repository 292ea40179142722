"""/search: semantic search over the in-memory index."""
from __future__ import annotations

import asyncio
import math

from fastapi import APIRouter, HTTPException, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from app.deps import EngineDep, IndexDep, PipelineDep
from docflow.providers import EMBED_FUNCS

router = APIRouter(prefix="/search", tags=["search"])

HF_QUERY_MODEL = "BAAI/bge-large-en-v1.5"


class IndexIn(BaseModel):
    doc_id: str
    text: str
    provider: str = "voyage"


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@router.post("/index")
async def index_document(body: IndexIn, engine: EngineDep, index: IndexDep):
    try:
        embed_fn = EMBED_FUNCS[body.provider]
    except KeyError:
        raise HTTPException(status_code=400, detail=f"unknown provider {body.provider}") from None
    vectors = await run_in_threadpool(embed_fn, engine, [body.text])
    index[body.doc_id] = (vectors[0], body.text, body.provider)
    return {"indexed": body.doc_id, "dims": len(vectors[0])}


@router.get("")
async def search(
    engine: EngineDep,
    pipeline: PipelineDep,
    index: IndexDep,
    q: str = Query(..., min_length=2),
    k: int = Query(10, ge=1, le=50),
    rerank: bool = True,
):
    if not index:
        return {"results": []}
    result = await engine.voyage_async.embed([q], model="voyage-3", input_type="query")
    qvec = result.embeddings[0]
    scored = sorted(
        ((doc_id, _cosine(qvec, vec), text) for doc_id, (vec, text, provider) in index.items() if provider == "voyage"),
        key=lambda t: t[1],
        reverse=True,
    )[: k * 3]
    if rerank and scored:
        order = await run_in_threadpool(pipeline.rerank, q, [t[2] for t in scored], k)
        scored = [(scored[i][0], score, scored[i][2]) for i, score in order]
    return {"results": [{"doc_id": d, "score": s, "snippet": t[:300]} for d, s, t in scored[:k]]}


@router.get("/hf")
async def search_hf(engine: EngineDep, index: IndexDep, q: str, k: int = 10):
    """Same as /search but with the open-weight embedding model (EU tenants)."""
    qvec = await asyncio.to_thread(engine.hf.feature_extraction, q, model=HF_QUERY_MODEL, normalize=True)
    qvec = qvec.tolist()
    hits = [
        {"doc_id": doc_id, "score": _cosine(qvec, vec), "snippet": text[:300]}
        for doc_id, (vec, text, provider) in index.items()
        if provider == "hf"
    ]
    hits.sort(key=lambda h: h["score"], reverse=True)
    return {"results": hits[:k]}
