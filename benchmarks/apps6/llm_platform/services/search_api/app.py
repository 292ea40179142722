"""search-api: retrieval + answer endpoints."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import List, Optional

import cohere
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from llmkit.container import get_container
from llmkit.embeddings import embed_query
from llmkit.rerank import rerank_together
from llmkit.tracking.multi_model_service import TaskComplexity, multi_model_service
from services.search_api.indexer import Hit, get_index
from services.search_api.query_rewrite import expand_query, rewrite_query
from services.search_api.ranking import rerank_hits
from services.search_api.suggest import PrefixModel, completion

logger = logging.getLogger("search_api")

app = FastAPI(title="search-api", version="2.3.0")

# The search team owns its own Cohere key (separate billing account).
_co = cohere.ClientV2(api_key=os.environ.get("SEARCH_COHERE_API_KEY"))
_suggest_model = PrefixModel.load(Path(os.environ.get("SUGGEST_MODEL_PATH", "data/suggest.pkl")))

ANSWER_SYSTEM = (
    "You answer questions using only the provided context passages. "
    "Cite passages as [n]. If the context does not contain the answer, say so."
)


class SearchResult(BaseModel):
    doc_id: str
    text: str
    score: float


class AnswerRequest(BaseModel):
    question: str = Field(..., min_length=3, max_length=2000)
    k: int = Field(6, ge=1, le=20)
    model: Optional[str] = None


class AnswerResponse(BaseModel):
    answer: str
    sources: List[str]


@app.on_event("startup")
def _startup() -> None:
    get_container().warm(["openai", "anthropic", "groq"])
    logger.info("search-api ready")


def anthropic_client():
    return get_container().get("anthropic")


def _retrieve(question: str, k: int, reranker: str = "cohere") -> List[Hit]:
    query = rewrite_query(question)
    candidates = get_index().search(embed_query(query), k=k * 4)
    if reranker == "together":
        ranked = rerank_together(query, [h.text for h in candidates], top_n=k)
        return [Hit(candidates[r.index].doc_id, r.document, r.score) for r in ranked]
    return rerank_hits(_co, query, candidates, top_n=k)


def _context(hits: List[Hit]) -> str:
    return "\n\n".join(f"[{i + 1}] {h.text}" for i, h in enumerate(hits))


@app.get("/search", response_model=List[SearchResult])
def search(q: str, k: int = 10, reranker: str = "cohere") -> List[SearchResult]:
    if not q.strip():
        raise HTTPException(status_code=400, detail="empty query")
    return [SearchResult(doc_id=h.doc_id, text=h.text, score=h.score) for h in _retrieve(q, k, reranker)]


@app.get("/suggest")
def suggest(prefix: str, limit: int = 8) -> List[str]:
    return completion(model=_suggest_model, prefix=prefix, limit=limit)


@app.post("/answer", response_model=AnswerResponse)
async def answer(body: AnswerRequest) -> AnswerResponse:
    queries = await expand_query(body.question)
    hits: List[Hit] = []
    for q in queries[:2]:
        hits.extend(_retrieve(q, body.k))
    text = await multi_model_service.generate_response(
        prompt=f"Context:\n{_context(hits)}\n\nQuestion: {body.question}",
        task_type="search_answer",
        complexity=TaskComplexity.SIMPLE,
        system=ANSWER_SYSTEM,
    )
    return AnswerResponse(answer=text, sources=[h.doc_id for h in hits])


@app.post("/answer/claude", response_model=AnswerResponse)
def answer_with_claude(body: AnswerRequest, client=Depends(anthropic_client)) -> AnswerResponse:
    hits = _retrieve(body.question, body.k)
    msg = client.messages.create(
        model=body.model or "claude-3-5-sonnet-latest",
        max_tokens=800,
        system=ANSWER_SYSTEM,
        messages=[{"role": "user", "content": f"Context:\n{_context(hits)}\n\nQuestion: {body.question}"}],
    )
    return AnswerResponse(answer=msg.content[0].text, sources=[h.doc_id for h in hits])


@app.post("/answer/responses", response_model=AnswerResponse)
def answer_with_responses(body: AnswerRequest) -> AnswerResponse:
    hits = _retrieve(body.question, body.k)
    client = get_container().clients["openai"]
    resp = client.responses.create(
        model=body.model or "gpt-4o",
        instructions=ANSWER_SYSTEM,
        input=f"Context:\n{_context(hits)}\n\nQuestion: {body.question}",
        max_output_tokens=800,
    )
    return AnswerResponse(answer=resp.output_text, sources=[h.doc_id for h in hits])


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True, "documents": len(get_index().docs)}
