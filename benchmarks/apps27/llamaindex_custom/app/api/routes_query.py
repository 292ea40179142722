from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator, Dict, List, Literal, Optional

import cohere
from anthropic import AsyncAnthropic
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

from app.api.deps import get_anthropic, get_cohere, get_llm_for, get_openai, get_tenant
from app.config import get_config
from app.services import moderation
from app.services.index_store import get_index_store
from app.services.llm_usage_tracker import llm_tracker
from app.services.query_service import answer_question, build_query_engine
from app.services.summarize_service import summarize_document, summarize_thread

logger = logging.getLogger(__name__)


# --- request/response models -------------------------------------------------

class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class QueryRequest(BaseModel):
    question: str = Field(min_length=2, max_length=4000)
    history: List[Turn] = Field(default_factory=list)
    model: str = "default"
    tenant_id: Optional[str] = None


class Source(BaseModel):
    title: Optional[str] = None
    url: Optional[str] = None
    score: float = 0.0
    node_id: str


class QueryResponse(BaseModel):
    answer: str
    sources: List[Source] = Field(default_factory=list)
    rewritten_query: Optional[str] = None
    followups: List[str] = Field(default_factory=list)


class SearchRequest(BaseModel):
    query: str
    top_k: int = Field(default=8, ge=1, le=50)
    rerank: bool = True


class SearchHit(BaseModel):
    text: str
    score: float
    metadata: Dict[str, Any] = Field(default_factory=dict)


class SummarizeRequest(BaseModel):
    text: Optional[str] = None
    thread: Optional[List[str]] = None
    tenant_id: Optional[str] = None


router = APIRouter(tags=["query"])

FOLLOWUP_PROMPT = (
    "Given this Q&A from our documentation assistant, suggest three short follow-up "
    "questions the user might ask next. Return a JSON object {\"questions\": [..]}."
)


async def _suggest_followups(request: Request, question: str, answer: str) -> List[str]:
    try:
        resp = await request.app.state.openai.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.7,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": FOLLOWUP_PROMPT},
                {"role": "user", "content": f"Q: {question}\nA: {answer}"},
            ],
        )
        return json.loads(resp.choices[0].message.content or "{}").get("questions", [])[:3]
    except Exception:  # noqa: BLE001 - followups are best effort
        logger.warning("followup generation failed", exc_info=True)
        return []


@router.post("/query", response_model=QueryResponse)
async def query(body: QueryRequest, request: Request, tenant: Optional[str] = Depends(get_tenant)) -> QueryResponse:
    verdict = moderation.screen(body.question)
    if not verdict.allowed:
        raise HTTPException(status_code=422, detail={"blocked": verdict.categories})

    llm = get_llm_for(body.model)
    answer = await answer_question(body.question, [t.model_dump() for t in body.history], llm=llm)
    followups = await _suggest_followups(request, body.question, answer.text)
    return QueryResponse(
        answer=answer.text,
        sources=[Source(**s) for s in answer.sources],
        rewritten_query=answer.rewritten_query,
        followups=followups,
    )


@router.post("/query/stream")
async def query_stream(body: QueryRequest) -> StreamingResponse:
    engine = build_query_engine(llm=get_llm_for(body.model), streaming=True)
    streaming_response = await engine.aquery(body.question)

    async def events() -> AsyncIterator[str]:
        async for token in streaming_response.async_response_gen():
            yield f"data: {json.dumps({'delta': token})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/chat/direct")
async def chat_direct(
    body: QueryRequest,
    anthropic_client: AsyncAnthropic = Depends(get_anthropic),
) -> StreamingResponse:
    """No retrieval: plain chat with Claude, used by the playground page."""
    cfg = get_config()
    messages = [t.model_dump() for t in body.history] + [{"role": "user", "content": body.question}]

    async def events() -> AsyncIterator[str]:
        async with anthropic_client.messages.stream(
            model=cfg.anthropic_model,
            max_tokens=cfg.max_output_tokens,
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                yield f"data: {json.dumps({'delta': text})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/query/title")
async def conversation_title(
    body: QueryRequest,
    client: AsyncOpenAI = Depends(get_openai),
    tenant: Optional[str] = Depends(get_tenant),
) -> dict:
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="conversation_title", tenant_id=tenant
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=16,
            messages=[{"role": "user", "content": f"Give a 4-word title for: {body.question}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return {"title": (resp.choices[0].message.content or "").strip().strip('"')}


@router.post("/summarize")
async def summarize(body: SummarizeRequest) -> dict:
    if body.thread:
        return {"summary": await summarize_thread(body.thread, tenant_id=body.tenant_id)}
    if body.text:
        return {"summary": await summarize_document(body.text, tenant_id=body.tenant_id)}
    raise HTTPException(status_code=400, detail="text or thread required")


# moved here from routes_search.py when the search console was folded into the query API
@router.post("/search", response_model=List[SearchHit])
async def search(body: SearchRequest, co: cohere.AsyncClientV2 = Depends(get_cohere)) -> List[SearchHit]:
    cfg = get_config()
    retriever = get_index_store().load().as_retriever(similarity_top_k=max(body.top_k * 3, 20))
    nodes = await retriever.aretrieve(body.query)
    if not body.rerank or not nodes:
        return [SearchHit(text=n.node.get_content(), score=n.score or 0.0, metadata=n.node.metadata) for n in nodes[: body.top_k]]

    reranked = await co.rerank(
        model=cfg.cohere_rerank_model,
        query=body.query,
        documents=[n.node.get_content() for n in nodes],
        top_n=body.top_k,
    )
    return [
        SearchHit(
            text=nodes[r.index].node.get_content(),
            score=r.relevance_score,
            metadata=nodes[r.index].node.metadata,
        )
        for r in reranked.results
    ]
