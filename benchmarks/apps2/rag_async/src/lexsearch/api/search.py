"""Research endpoints."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from lexsearch.adapters import build_chat_model, build_embedder, build_reranker
from lexsearch.container import Container, get_container
from lexsearch.integrations import UsageMeter
from lexsearch.services.answer import AnswerService
from lexsearch.services.query_rewriter import QueryRewriter
from lexsearch.services.retrieval import HybridRetriever
from lexsearch.text import completion
from lexsearch.vector_store import PgVectorIndex

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/research", tags=["research"])

LEGAL_TERMS = sorted(
    [
        "Adverse possession",
        "Anti-SLAPP",
        "Breach of fiduciary duty",
        "Class certification",
        "Collateral estoppel",
        "Daubert standard",
        "Equitable tolling",
        "Forum non conveniens",
        "Personal jurisdiction",
        "Promissory estoppel",
        "Qualified immunity",
        "Res judicata",
        "Summary judgment",
        "Tortious interference",
    ],
    key=str.lower,
)


class ResearchRequest(BaseModel):
    question: str = Field(min_length=3, max_length=4000)
    chat_provider: str = "anthropic"


class ResearchResponse(BaseModel):
    answer: str
    citations: list[str]
    follow_ups: list[str]
    topics: list[str]


@lru_cache(maxsize=4)
def _answer_service(chat_provider: str) -> AnswerService:
    retriever = HybridRetriever(build_embedder(), build_reranker(), PgVectorIndex())
    return AnswerService(QueryRewriter(), retriever, build_chat_model(chat_provider))


async def _ensure_allowed(c: Container, text: str) -> None:
    moderation = await c.openai.moderations.create(model="omni-moderation-latest", input=text)
    if moderation.results and moderation.results[0].flagged:
        raise HTTPException(status_code=422, detail="request rejected by content policy")


@router.post("/ask", response_model=ResearchResponse)
async def ask(
    body: ResearchRequest,
    c: Annotated[Container, Depends(get_container)],
    tenant_id: Annotated[str, Header(alias="X-Tenant-Id")],
    stripe_customer: Annotated[str, Header(alias="X-Billing-Customer")] = "",
) -> ResearchResponse:
    await _ensure_allowed(c, body.question)
    service = _answer_service(body.chat_provider)
    result = await service.answer(body.question, tenant_id)
    follow_ups = await service.follow_up_questions(result, tenant_id)
    topics = await service.related_topics(result)
    if stripe_customer:
        UsageMeter().record(stripe_customer)
    return ResearchResponse(
        answer=result.text,
        citations=[p.citation for p in result.sources if p.citation],
        follow_ups=follow_ups,
        topics=topics,
    )


@router.post("/ask/stream")
async def ask_stream(
    body: ResearchRequest,
    c: Annotated[Container, Depends(get_container)],
    tenant_id: Annotated[str, Header(alias="X-Tenant-Id")],
) -> StreamingResponse:
    await _ensure_allowed(c, body.question)
    service = _answer_service(body.chat_provider)
    return StreamingResponse(
        service.stream_answer(body.question, tenant_id), media_type="text/plain; charset=utf-8"
    )


@router.get("/autocomplete")
async def autocomplete(q: Annotated[str, Query(min_length=1, max_length=80)]) -> list[str]:
    return completion(prefix=q, vocabulary=LEGAL_TERMS, limit=6)


@router.get("/suggest")
async def suggest(
    q: Annotated[str, Query(min_length=3, max_length=300)],
    c: Annotated[Container, Depends(get_container)],
) -> list[str]:
    """Query suggestions for the search box, served from the Ollama deployment."""
    response = await c.ollama.chat(
        model=c.settings.models.ollama_chat_model,
        messages=[
            {
                "role": "user",
                "content": f"Give three better-phrased legal research queries for: {q}. "
                "One per line, no numbering.",
            }
        ],
        options={"temperature": 0.4, "num_predict": 120},
    )
    lines = (response.message.content or "").splitlines()
    return [line.strip() for line in lines if line.strip()][:3]
